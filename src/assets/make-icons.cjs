/* Draws the tab-bar and entry icons as small PNGs (no image tools needed).
 * Run: node src/assets/make-icons.cjs   — writes src/assets/tabbar/*.png and src/assets/icons/*.png
 * Shapes are signed-distance functions, 4x4 supersampled for smooth edges. */
const fs = require('fs')
const path = require('path')
const zlib = require('zlib')

function crc32(buf) {
  let c, crc = 0xffffffff
  for (let n = 0; n < buf.length; n++) {
    c = (crc ^ buf[n]) & 0xff
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    crc = (crc >>> 8) ^ c
  }
  return (crc ^ 0xffffffff) >>> 0
}
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length)
  const td = Buffer.concat([Buffer.from(type), data])
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td))
  return Buffer.concat([len, td, crc])
}
function png(w, h, rgba) {
  const raw = Buffer.alloc((w * 4 + 1) * h)
  for (let y = 0; y < h; y++) {
    raw[y * (w * 4 + 1)] = 0
    rgba.copy(raw, y * (w * 4 + 1) + 1, y * w * 4, (y + 1) * w * 4)
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4)
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0)),
  ])
}
const hex = (s) => [parseInt(s.slice(1, 3), 16), parseInt(s.slice(3, 5), 16), parseInt(s.slice(5, 7), 16)]

// --- SDF helpers (coordinates in 0..1) ---
const box = (cx, cy, hw, hh) => (x, y) => Math.max(Math.abs(x - cx) - hw, Math.abs(y - cy) - hh)
const circle = (cx, cy, r) => (x, y) => Math.hypot(x - cx, y - cy) - r
const union = (...f) => (x, y) => Math.min(...f.map((g) => g(x, y)))
const minus = (a, b) => (x, y) => Math.max(a(x, y), -b(x, y))
// half-plane based convex polygon (points clockwise in screen coords)
const poly = (pts) => (x, y) => {
  let area = 0
  for (let i = 0; i < pts.length; i++) {
    const [x1, y1] = pts[i], [x2, y2] = pts[(i + 1) % pts.length]
    area += x1 * y2 - x2 * y1
  }
  const s = area > 0 ? 1 : -1
  let d = -Infinity
  for (let i = 0; i < pts.length; i++) {
    const [x1, y1] = pts[i], [x2, y2] = pts[(i + 1) % pts.length]
    const nx = (y2 - y1) * s, ny = -(x2 - x1) * s, l = Math.hypot(nx, ny)
    d = Math.max(d, ((x - x1) * nx + (y - y1) * ny) / l)
  }
  return d
}
const capsule = (x1, y1, x2, y2, r) => (x, y) => {
  const dx = x2 - x1, dy = y2 - y1
  const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)))
  return Math.hypot(x - x1 - t * dx, y - y1 - t * dy) - r
}
const ellipse = (cx, cy, rx, ry) => (x, y) => (Math.hypot((x - cx) / rx, (y - cy) / ry) - 1) * Math.min(rx, ry)

function render(size, shape, color, bg) {
  const [r, g, b] = hex(color)
  const buf = Buffer.alloc(size * size * 4)
  const S = 4
  for (let py = 0; py < size; py++) for (let px = 0; px < size; px++) {
    let cov = 0, bgCov = 0
    for (let sy = 0; sy < S; sy++) for (let sx = 0; sx < S; sx++) {
      const x = (px + (sx + 0.5) / S) / size, y = (py + (sy + 0.5) / S) / size
      if (shape(x, y) <= 0) cov++
      if (bg && bg.shape(x, y) <= 0) bgCov++
    }
    const a = cov / (S * S), ab = bgCov / (S * S)
    const i = (py * size + px) * 4
    if (bg) {
      const [br, bgc, bb] = hex(bg.color)
      // icon drawn in `color` over a tinted disc
      buf[i] = Math.round(r * a + br * (1 - a)); buf[i + 1] = Math.round(g * a + bgc * (1 - a)); buf[i + 2] = Math.round(b * a + bb * (1 - a))
      buf[i + 3] = Math.round(255 * Math.max(a, ab))
    } else {
      buf[i] = r; buf[i + 1] = g; buf[i + 2] = b; buf[i + 3] = Math.round(255 * a)
    }
  }
  return png(size, size, buf)
}

// --- shapes ---
const house = minus(
  union(poly([[0.5, 0.12], [0.9, 0.48], [0.1, 0.48]]), box(0.5, 0.66, 0.29, 0.22)),
  box(0.5, 0.74, 0.08, 0.15),
)
const person = union(circle(0.5, 0.32, 0.17), minus(ellipse(0.5, 0.92, 0.34, 0.36), box(0.5, 1.2, 1, 0.31)))
// scroll with lines: the convention
const scroll = minus(
  union(box(0.5, 0.5, 0.26, 0.33), circle(0.24, 0.17, 0.06), circle(0.76, 0.83, 0.06)),
  union(box(0.5, 0.36, 0.16, 0.025), box(0.5, 0.48, 0.16, 0.025), box(0.45, 0.6, 0.11, 0.025)),
)
// shop front with awning
const shop = minus(
  union(poly([[0.18, 0.2], [0.82, 0.2], [0.9, 0.4], [0.1, 0.4]]), box(0.5, 0.63, 0.32, 0.2)),
  union(box(0.36, 0.66, 0.08, 0.17), box(0.63, 0.6, 0.1, 0.08), box(0.3, 0.3, 0.012, 0.12), box(0.5, 0.3, 0.012, 0.12), box(0.7, 0.3, 0.012, 0.12)),
)
// family: house with heart-ish door
const family = minus(
  union(poly([[0.5, 0.14], [0.88, 0.46], [0.12, 0.46]]), box(0.5, 0.65, 0.28, 0.21)),
  union(circle(0.45, 0.62, 0.06), circle(0.55, 0.62, 0.06), poly([[0.39, 0.64], [0.61, 0.64], [0.5, 0.76]])),
)
// check-list: the captain's review
const review = minus(box(0.5, 0.52, 0.3, 0.36), union(
  capsule(0.32, 0.46, 0.44, 0.58, 0.045), capsule(0.44, 0.58, 0.66, 0.34, 0.045),
  box(0.5, 0.75, 0.18, 0.03),
))
// pen: publish
const pen = union(poly([[0.66, 0.14], [0.86, 0.34], [0.4, 0.8], [0.2, 0.6]]), poly([[0.2, 0.6], [0.4, 0.8], [0.12, 0.88]]))

// camera: 随手拍
const camera = minus(
  union(box(0.5, 0.58, 0.38, 0.26), box(0.5, 0.3, 0.13, 0.06)),
  union(circle(0.5, 0.58, 0.16), box(0.76, 0.42, 0.04, 0.025)),
)
const cameraLens = union(camera, circle(0.5, 0.58, 0.09))
// before / after: two frames and an arrow between them
const beforeAfter = union(
  minus(box(0.24, 0.5, 0.17, 0.22), box(0.24, 0.5, 0.11, 0.16)),
  box(0.76, 0.5, 0.17, 0.22),
  poly([[0.44, 0.42], [0.56, 0.5], [0.44, 0.58]]),
)
// wrench: the department's work orders
const wrench = union(
  capsule(0.3, 0.72, 0.62, 0.4, 0.07),
  minus(circle(0.68, 0.32, 0.16), union(poly([[0.68, 0.32], [0.95, 0.12], [0.95, 0.05], [0.75, 0.05]]), circle(0.68, 0.32, 0.06))),
)
// envelope: 消息 (the flap drawn as a V cut out of the letter)
const envelope = minus(
  box(0.5, 0.55, 0.38, 0.27),
  union(capsule(0.17, 0.34, 0.5, 0.6, 0.035), capsule(0.5, 0.6, 0.83, 0.34, 0.035)),
)
// sliders: the admin's settings (three tracks, each with its knob)
const sliders = union(
  box(0.5, 0.28, 0.36, 0.03), circle(0.34, 0.28, 0.09),
  box(0.5, 0.5, 0.36, 0.03), circle(0.66, 0.5, 0.09),
  box(0.5, 0.72, 0.36, 0.03), circle(0.44, 0.72, 0.09),
)
// bars: the command centre's figures
const bars = union(box(0.26, 0.64, 0.08, 0.18), box(0.5, 0.52, 0.08, 0.3), box(0.74, 0.7, 0.08, 0.12), box(0.5, 0.86, 0.36, 0.025))
// folks: 文明家庭 (two grown-ups, and a child in front with a gap around it)
const halfBody = (cx, cy, rx, ry) => minus(ellipse(cx, cy, rx, ry), box(cx, cy + ry, rx + 0.01, ry))
const grownUps = union(circle(0.26, 0.28, 0.11), halfBody(0.26, 0.8, 0.19, 0.36), circle(0.74, 0.28, 0.11), halfBody(0.74, 0.8, 0.19, 0.36))
const child = union(circle(0.5, 0.55, 0.085), halfBody(0.5, 0.92, 0.15, 0.24))
const folks = minus(union(minus(grownUps, (x, y) => child(x, y) - 0.045), child), box(0.5, 1.1, 0.6, 0.18))
// heart: 好人推荐
const heart = union(circle(0.34, 0.4, 0.18), circle(0.66, 0.4, 0.18), poly([[0.17, 0.47], [0.83, 0.47], [0.5, 0.86]]))
// key: 输入确认码 (a ring, its shaft and two teeth)
const key = union(minus(circle(0.3, 0.5, 0.18), circle(0.3, 0.5, 0.075)), box(0.62, 0.5, 0.2, 0.045), box(0.74, 0.59, 0.035, 0.07), box(0.86, 0.57, 0.035, 0.05))
// calendar with a tick: 活动报名
const calendar = union(
  minus(box(0.5, 0.56, 0.36, 0.3), box(0.5, 0.64, 0.29, 0.2)),
  box(0.32, 0.22, 0.04, 0.09), box(0.68, 0.22, 0.04, 0.09),
  capsule(0.36, 0.63, 0.46, 0.73, 0.045), capsule(0.46, 0.73, 0.65, 0.52, 0.045),
)
// a heart held in an open hand: 志愿服务
const volunteer = union(
  circle(0.39, 0.3, 0.13), circle(0.61, 0.3, 0.13), poly([[0.27, 0.35], [0.73, 0.35], [0.5, 0.62]]),
  capsule(0.14, 0.76, 0.62, 0.76, 0.085), capsule(0.62, 0.76, 0.86, 0.6, 0.07),
)
const GREY = '#6B625A', RED = '#C8161D', TINT = '#FBE9E9'
const out = (p, b) => { fs.writeFileSync(path.join(__dirname, p), b); console.log(p, b.length, 'bytes') }
out('tabbar/home.png', render(81, house, GREY))
out('tabbar/home-active.png', render(81, house, RED))
out('tabbar/mine.png', render(81, person, GREY))
out('tabbar/mine-active.png', render(81, person, RED))
out('tabbar/report.png', render(81, cameraLens, GREY))
out('tabbar/report-active.png', render(81, cameraLens, RED))
out('tabbar/inbox.png', render(81, envelope, GREY))
out('tabbar/inbox-active.png', render(81, envelope, RED))
const disc = { shape: circle(0.5, 0.5, 0.5), color: TINT }
const inner = (f) => (x, y) => f((x - 0.5) / 0.6 + 0.5, (y - 0.5) / 0.6 + 0.5) * 0.6
out('icons/convention.png', render(96, inner(scroll), RED, disc))
out('icons/shop.png', render(96, inner(shop), RED, disc))
out('icons/household.png', render(96, inner(family), RED, disc))
out('icons/review.png', render(96, inner(review), RED, disc))
out('icons/publish.png', render(96, inner(pen), RED, disc))
out('icons/report.png', render(96, inner(cameraLens), RED, disc))
out('icons/gallery.png', render(96, inner(beforeAfter), RED, disc))
out('icons/workorder.png', render(96, inner(wrench), RED, disc))
out('icons/command.png', render(96, inner(bars), RED, disc))
out('icons/settings.png', render(96, inner(sliders), RED, disc))
out('icons/family.png', render(96, inner(folks), RED, disc))
out('icons/goodpeople.png', render(96, inner(heart), RED, disc))
out('icons/consent-code.png', render(96, inner(key), RED, disc))
out('icons/activity.png', render(96, inner(calendar), RED, disc))
out('icons/volunteer.png', render(96, inner(volunteer), RED, disc))
