/**
 * Every certificate the app issues (文明公约签署证书, 志愿服务记录证明) as a
 * picture: one layout, drawn on a Canvas 2D context — WeChat's canvas node in
 * the mini-program, a <canvas> in H5 — so the saved image and the share are
 * the same paper everywhere. Pure: it knows nothing of Taro, only of a
 * context's drawing calls, so the unit tests draw on a fake one.
 *
 * The seal is a drawn emblem (a red ring with the county's name around a
 * star), not an official seal: the on-screen one (components/Seal) and the
 * drawn one take their letters and angles from sealLayout here.
 */

/** What a certificate says, whatever it certifies. */
export interface CertificateImage {
  /** the county's campaign, at the top: 青禾县创建全国文明城市 */
  campaignName: string
  /** the county, around the seal */
  countyName: string
  title: string
  number: string
  /** the person, on a line of their own after 兹证明 */
  name: string
  /** what they did and when, after the name */
  body: string
  /** one figure in large red: 第 42 位签署人, 累计 5.5 小时 */
  figure?: string
  /** smaller lines under the figure (a volunteer's activities); as many as fit are drawn */
  details?: string[]
  /** who issues it, right-aligned above the date */
  issuers: string[]
  /** 2026年3月8日 */
  date: string
}

/** The part of CanvasRenderingContext2D (browser and WeChat's Canvas 2D) the layout uses. */
export interface CertificateCanvas {
  fillStyle: unknown
  strokeStyle: unknown
  lineWidth: number
  font: string
  textAlign: string
  textBaseline: string
  globalAlpha: number
  fillRect(x: number, y: number, w: number, h: number): void
  strokeRect(x: number, y: number, w: number, h: number): void
  fillText(text: string, x: number, y: number): void
  measureText(text: string): { width: number }
  beginPath(): void
  moveTo(x: number, y: number): void
  lineTo(x: number, y: number): void
  closePath(): void
  arc(x: number, y: number, r: number, start: number, end: number): void
  stroke(): void
  fill(): void
  save(): void
  restore(): void
  translate(x: number, y: number): void
  rotate(angle: number): void
}

/** The picture's size in layout pixels (drawn at 2× for a sharp image): a tall page that fills a phone's screen. */
export const CERT_WIDTH = 750
export const CERT_HEIGHT = 1200
export const CERT_SCALE = 2

const RED = '#c8161d'
const RED_DARK = '#a11117'
const INK = '#2b2622'
const INK_2 = '#5e554d'
const GOLD = '#8a5a00'
const GOLD_LINE = '#d9b36c'
const CREAM = '#fff8ec'
const SEAL_RED = '#d7262c'
const FONTS = '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif'

const font = (size: number, bold = false) => `${bold ? 'bold ' : ''}${size}px ${FONTS}`

/** The words around the seal: the county's name and the app's (an emblem, not an office's seal). */
export function sealText(countyName: string): string {
  return `${countyName}文明共建`
}

/**
 * The seal's letters around the top of the ring, left to right: each with its
 * angle in degrees from straight up (clockwise), spread over at most 250°.
 */
export function sealLayout(countyName: string): { char: string; angle: number }[] {
  const chars = Array.from(sealText(countyName))
  const step = Math.min(34, 250 / Math.max(chars.length - 1, 1))
  const span = step * (chars.length - 1)
  return chars.map((char, i) => ({ char, angle: Math.round((-span / 2 + step * i) * 10) / 10 }))
}

const OPENING_FORBIDDEN = /[，。、；：？！）》」』”’,.;:?!)]/

/**
 * Lines of at most maxWidth, broken between any two characters (Chinese has
 * no spaces), never starting a line with closing punctuation. The first line
 * can be indented.
 */
export function wrapText(ctx: Pick<CertificateCanvas, 'measureText'>, text: string, maxWidth: number, firstIndent = 0): string[] {
  const lines: string[] = []
  let line = ''
  let limit = maxWidth - firstIndent
  for (const ch of Array.from(text)) {
    const next = line + ch
    if (line && ctx.measureText(next).width > limit && !OPENING_FORBIDDEN.test(ch)) {
      lines.push(line)
      line = ch
      limit = maxWidth
    } else {
      line = next
    }
  }
  if (line) lines.push(line)
  return lines
}

function drawStar(ctx: CertificateCanvas, cx: number, cy: number, outer: number) {
  const inner = outer * 0.38
  ctx.beginPath()
  for (let i = 0; i < 10; i++) {
    const r = i % 2 === 0 ? outer : inner
    const a = -Math.PI / 2 + (i * Math.PI) / 5
    const x = cx + r * Math.cos(a)
    const y = cy + r * Math.sin(a)
    if (i === 0) ctx.moveTo(x, y)
    else ctx.lineTo(x, y)
  }
  ctx.closePath()
  ctx.fill()
}

/** The round red emblem: a double ring, the county's name around the top, a star in the middle. */
export function drawSeal(ctx: CertificateCanvas, cx: number, cy: number, radius: number, countyName: string) {
  ctx.save()
  ctx.globalAlpha = 0.88
  ctx.strokeStyle = SEAL_RED
  ctx.fillStyle = SEAL_RED
  ctx.lineWidth = radius * 0.06
  ctx.beginPath()
  ctx.arc(cx, cy, radius, 0, Math.PI * 2)
  ctx.stroke()
  ctx.lineWidth = radius * 0.02
  ctx.beginPath()
  ctx.arc(cx, cy, radius * 0.9, 0, Math.PI * 2)
  ctx.stroke()
  drawStar(ctx, cx, cy, radius * 0.3)
  const size = Math.round(radius * 0.26)
  ctx.font = font(size, true)
  ctx.textAlign = 'center'
  ctx.textBaseline = 'middle'
  for (const { char, angle } of sealLayout(countyName)) {
    ctx.save()
    ctx.translate(cx, cy)
    ctx.rotate((angle * Math.PI) / 180)
    ctx.fillText(char, 0, -radius * 0.7)
    ctx.restore()
  }
  ctx.restore()
}

/**
 * Draws the certificate on ctx, in CERT_WIDTH × CERT_HEIGHT layout pixels
 * (the caller scales the context for the canvas's real pixels).
 */
export function drawCertificate(ctx: CertificateCanvas, c: CertificateImage): void {
  const W = CERT_WIDTH
  const H = CERT_HEIGHT
  const left = 92
  const right = W - 92
  const width = right - left

  // paper, a red frame, a gold rule inside it, gold corners
  ctx.fillStyle = CREAM
  ctx.fillRect(0, 0, W, H)
  ctx.strokeStyle = RED
  ctx.lineWidth = 18
  ctx.strokeRect(9, 9, W - 18, H - 18)
  ctx.strokeStyle = GOLD_LINE
  ctx.lineWidth = 3
  ctx.strokeRect(36, 36, W - 72, H - 72)
  ctx.fillStyle = GOLD_LINE
  for (const [x, y] of [
    [30, 30],
    [W - 42, 30],
    [30, H - 42],
    [W - 42, H - 42],
  ]) {
    ctx.fillRect(x, y, 12, 12)
  }

  ctx.textBaseline = 'alphabetic'
  ctx.textAlign = 'center'
  ctx.fillStyle = GOLD
  ctx.font = font(26)
  ctx.fillText(c.campaignName, W / 2, 112)
  ctx.fillStyle = RED_DARK
  ctx.font = font(54, true)
  ctx.fillText(c.title, W / 2, 196)
  ctx.fillStyle = INK_2
  ctx.font = font(22)
  ctx.fillText(`编号：${c.number}`, W / 2, 244)

  ctx.textAlign = 'left'
  ctx.fillStyle = INK
  ctx.font = font(30)
  ctx.fillText('兹证明', left, 330)

  ctx.textAlign = 'center'
  ctx.font = font(48, true)
  ctx.fillText(c.name, W / 2, 410)
  const nameWidth = Math.max(ctx.measureText(c.name).width, 160)
  ctx.strokeStyle = INK
  ctx.lineWidth = 2
  ctx.beginPath()
  ctx.moveTo(W / 2 - nameWidth / 2 - 24, 428)
  ctx.lineTo(W / 2 + nameWidth / 2 + 24, 428)
  ctx.stroke()

  ctx.textAlign = 'left'
  ctx.font = font(30)
  let y = 494
  for (const [i, line] of wrapText(ctx, c.body, width, 60).entries()) {
    ctx.fillText(line, i === 0 ? left + 60 : left, y)
    y += 52
  }

  if (c.figure) {
    y += 26
    ctx.textAlign = 'center'
    ctx.fillStyle = RED
    ctx.font = font(42, true)
    ctx.fillText(c.figure, W / 2, y)
    y += 30
  }

  // the seal, then who issues it and the date over it (right-aligned above the bottom), as a stamp sits but still readable
  const issuers = c.issuers.slice(0, 3)
  const dateY = H - 110
  const signTop = dateY - 46 * issuers.length
  const seal = { x: right - 120, y: dateY - 40, r: 96 }

  if (c.details?.length) {
    ctx.textAlign = 'left'
    ctx.fillStyle = INK_2
    ctx.font = font(24)
    y += 28
    const bottom = Math.min(signTop - 28, seal.y - seal.r) - 20
    const room = Math.max(0, Math.floor((bottom - y) / 38) + 1)
    const shown = c.details.length > room ? c.details.slice(0, Math.max(room - 1, 0)) : c.details
    for (const line of shown) {
      ctx.fillText(wrapText(ctx, line, width)[0] ?? '', left, y)
      y += 38
    }
    if (shown.length < c.details.length && room > 0) ctx.fillText(`……共 ${c.details.length} 项`, left, y)
  }

  drawSeal(ctx, seal.x, seal.y, seal.r, c.countyName)

  ctx.textAlign = 'right'
  ctx.fillStyle = INK
  ctx.font = font(28, true)
  issuers.forEach((issuer, i) => ctx.fillText(issuer, right, signTop + 46 * i))
  ctx.font = font(28)
  ctx.fillText(c.date, right, dateY)
}

/** The campaign's name at the top: the county's own (创文设置), or the usual one when it could not be read. */
export function campaignNameOr(countyName: string, campaignName: string | null | undefined): string {
  return campaignName?.trim() || `${countyName}创建全国文明城市`
}

/** A file name for the saved picture: 文明公约签署证书-GY2025….png */
export function certificateFileName(c: Pick<CertificateImage, 'title' | 'number'>): string {
  return `${c.title}-${c.number}.png`.replace(/[\\/:*?"<>|\s]/g, '_')
}
