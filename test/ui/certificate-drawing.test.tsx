import Taro from '@tarojs/taro'
import {
  CERT_HEIGHT,
  CERT_WIDTH,
  campaignNameOr,
  certificateFileName,
  drawCertificate,
  sealLayout,
  wrapText,
  type CertificateCanvas,
  type CertificateImage,
} from '../../src/lib/certificate'
import { ALBUM_REFUSED, CERT_CANVAS_ID, PRIVACY_REFUSED, saveCertificateImage } from '../../src/lib/certificate-image'

/** A 2D context that draws nothing and remembers every text it was asked to write, and where. Every character is `size` wide. */
function fakeCanvas() {
  const texts: { text: string; x: number; y: number; font: string; fill: unknown }[] = []
  const arcs: { x: number; y: number; r: number }[] = []
  const rotations: number[] = []
  const ctx: CertificateCanvas & { scale: jest.Mock } = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    font: '10px sans-serif',
    textAlign: 'start',
    textBaseline: 'alphabetic',
    globalAlpha: 1,
    fillRect: jest.fn(),
    strokeRect: jest.fn(),
    fillText(text, x, y) {
      texts.push({ text, x, y, font: this.font, fill: this.fillStyle })
    },
    measureText(text) {
      return { width: Array.from(text).length * Number(/(\d+)px/.exec(this.font)?.[1] ?? 10) }
    },
    beginPath: jest.fn(),
    moveTo: jest.fn(),
    lineTo: jest.fn(),
    closePath: jest.fn(),
    arc: (x, y, r) => arcs.push({ x, y, r }),
    stroke: jest.fn(),
    fill: jest.fn(),
    save: jest.fn(),
    restore: jest.fn(),
    translate: jest.fn(),
    rotate: (a) => rotations.push(a),
    scale: jest.fn(),
  }
  return { ctx, texts, arcs, rotations }
}

const convention: CertificateImage = {
  campaignName: '青禾县创建全国文明城市',
  countyName: '青禾县',
  title: '文明公约签署证书',
  number: 'GY2026030802000042',
  name: '张秀兰',
  body: '于2026年3月8日郑重签署《青禾县市民文明公约》（第 2 版），承诺自觉遵守，争做文明市民。',
  figure: '第 42 位签署人',
  details: ['截至目前，这一版已有 100 人签署'],
  issuers: ['青禾县创建全国文明城市指挥部'],
  date: '2026年3月8日',
}

describe('the certificate picture (one layout for every certificate)', () => {
  test('draws the campaign, the title, the number, the name, the figure, the issuer and the date', () => {
    const { ctx, texts } = fakeCanvas()
    drawCertificate(ctx, convention)
    const written = texts.map((t) => t.text)
    expect(written).toEqual(expect.arrayContaining(['青禾县创建全国文明城市', '文明公约签署证书', '编号：GY2026030802000042', '兹证明', '张秀兰', '第 42 位签署人', '青禾县创建全国文明城市指挥部', '2026年3月8日']))
    // the name stands alone, large and bold
    const name = texts.find((t) => t.text === '张秀兰')
    expect(name?.font).toMatch(/^bold 48px/)
    // the body is all there, wrapped into lines that fit inside the frame
    const bodyLines = texts.filter((t) => t.font.startsWith('30px') && t.text !== '兹证明')
    expect(bodyLines.map((t) => t.text).join('')).toBe(convention.body)
    expect(bodyLines.length).toBeGreaterThan(1)
    for (const line of bodyLines) expect(line.x + line.text.length * 30).toBeLessThanOrEqual(CERT_WIDTH - 92 + 30)
    // everything is on the paper (the seal's letters are drawn about its centre)
    for (const t of texts.filter((l) => !(l.x === 0 && l.y < 0))) {
      expect(t.y).toBeGreaterThan(0)
      expect(t.y).toBeLessThan(CERT_HEIGHT)
    }
  })

  test('draws a round seal with the county\'s name around it, one letter at a time, turned along the ring', () => {
    const { ctx, texts, arcs, rotations } = fakeCanvas()
    drawCertificate(ctx, convention)
    const sealLetters = sealLayout('青禾县')
    expect(sealLetters.map((l) => l.char).join('')).toBe('青禾县文明共建')
    // each letter drawn once more than elsewhere, at the ring, turned by its angle
    const atRing = texts.filter((t) => t.x === 0 && t.y < 0)
    expect(atRing.map((t) => t.text).join('')).toBe('青禾县文明共建')
    expect(rotations.map((r) => Math.round((r * 180) / Math.PI))).toEqual(sealLetters.map((l) => Math.round(l.angle)))
    // left to right over the top, symmetric about straight up
    expect(sealLetters[0].angle).toBeLessThan(0)
    expect(sealLetters[sealLetters.length - 1].angle).toBe(-sealLetters[0].angle)
    // two rings of the same centre, inside the paper
    expect(arcs).toHaveLength(2)
    expect(arcs[0].x).toBe(arcs[1].x)
    expect(arcs[0].x + arcs[0].r).toBeLessThanOrEqual(CERT_WIDTH)
    expect(arcs[0].y + arcs[0].r).toBeLessThanOrEqual(CERT_HEIGHT)
  })

  test('a long seal text still fits on the ring (at most 250°)', () => {
    const letters = sealLayout('青禾县某某自治县')
    expect(letters[letters.length - 1].angle - letters[0].angle).toBeLessThanOrEqual(250)
  })

  test('a volunteer\'s activities are drawn as lines, as many as fit, then how many there are', () => {
    const { ctx, texts } = fakeCanvas()
    const details = Array.from({ length: 30 }, (_, i) => `2026.03.${String(i + 1).padStart(2, '0')}  社区清洁行动  2小时`)
    drawCertificate(ctx, { ...convention, title: '志愿服务记录证明', number: 'ZY20260308A1B2C3', figure: '累计 60 小时', details, issuers: ['环境卫士志愿服务队', '幸福里社区'] })
    const written = texts.map((t) => t.text)
    expect(written).toContain('2026.03.01  社区清洁行动  2小时')
    expect(written).not.toContain('2026.03.30  社区清洁行动  2小时')
    expect(written).toContain('……共 30 项')
    expect(written).toEqual(expect.arrayContaining(['环境卫士志愿服务队', '幸福里社区', '编号：ZY20260308A1B2C3']))
    // the lines stay above who signs
    const lastDetail = Math.max(...texts.filter((t) => t.text.startsWith('2026.03') || t.text.startsWith('……')).map((t) => t.y))
    const firstIssuer = texts.find((t) => t.text === '环境卫士志愿服务队')!.y
    expect(lastDetail).toBeLessThan(firstIssuer - 30)
  })

  test('lines break between characters and never start with closing punctuation', () => {
    const measure = { measureText: (s: string) => ({ width: Array.from(s).length * 10 }) }
    expect(wrapText(measure, '一二三四五六', 30)).toEqual(['一二三', '四五六'])
    expect(wrapText(measure, '一二三，四五', 30)).toEqual(['一二三，', '四五'])
    expect(wrapText(measure, '一二三四五', 30, 10)).toEqual(['一二', '三四五'])
  })

  test('the campaign name falls back to the usual one; file names are safe', () => {
    expect(campaignNameOr('青禾县', '青禾县创建全国文明城市（2026）')).toBe('青禾县创建全国文明城市（2026）')
    expect(campaignNameOr('青禾县', null)).toBe('青禾县创建全国文明城市')
    expect(campaignNameOr('青禾县', ' ')).toBe('青禾县创建全国文明城市')
    expect(certificateFileName({ title: '志愿服务记录证明', number: 'ZY 2026/03' })).toBe('志愿服务记录证明-ZY_2026_03.png')
  })
})

describe('保存为图片', () => {
  const env = process.env.TARO_ENV
  afterEach(() => {
    process.env.TARO_ENV = env
    jest.restoreAllMocks()
  })

  test('in H5 the picture is drawn at twice the size and downloaded as a PNG through <a download>', async () => {
    const { ctx, texts } = fakeCanvas()
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => ctx as never)
    let canvasSize = { width: 0, height: 0 }
    jest.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation(function (this: HTMLCanvasElement, cb: BlobCallback) {
      canvasSize = { width: this.width, height: this.height }
      cb(new Blob(['png'], { type: 'image/png' }))
    })
    const createObjectURL = jest.fn(() => 'blob:cert')
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() })
    const clicked: HTMLAnchorElement[] = []
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this)
    })

    await expect(saveCertificateImage(convention)).resolves.toBe('downloaded')
    expect(canvasSize).toEqual({ width: CERT_WIDTH * 2, height: CERT_HEIGHT * 2 })
    expect(ctx.scale).toHaveBeenCalledWith(2, 2)
    expect(texts.map((t) => t.text)).toContain('张秀兰')
    expect(clicked).toHaveLength(1)
    expect(clicked[0].download).toBe('文明公约签署证书-GY2026030802000042.png')
    expect(clicked[0].getAttribute('href')).toBe('blob:cert')
  })

  function weChat(save: () => Promise<unknown>) {
    process.env.TARO_ENV = 'weapp'
    const { ctx, texts } = fakeCanvas()
    const node = { width: 0, height: 0, getContext: () => ctx }
    const selected: string[] = []
    const query = {
      select(id: string) {
        selected.push(id)
        return query
      },
      fields: () => query,
      exec: (cb: (res: unknown[]) => void) => cb([{ node }]),
    }
    jest.spyOn(Taro, 'createSelectorQuery').mockImplementation(() => query as never)
    const toFile = jest.fn(async () => ({ tempFilePath: 'wxfile://tmp/cert.png', errMsg: 'ok' }))
    Object.assign(Taro, { canvasToTempFilePath: toFile, saveImageToPhotosAlbum: jest.fn(save), openSetting: jest.fn(async () => ({ authSetting: {} })) })
    const toast = jest.spyOn(Taro, 'showToast').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as never)
    const modal = jest.spyOn(Taro, 'showModal').mockImplementation(() => Promise.resolve({ confirm: true, cancel: false, errMsg: 'ok' }) as never)
    return { node, texts, selected, toFile, toast, modal }
  }

  test('in WeChat the page\'s canvas node is drawn on, turned into a file and saved to the album', async () => {
    const w = weChat(async () => ({ errMsg: 'saveImageToPhotosAlbum:ok' }))
    await expect(saveCertificateImage(convention)).resolves.toBe('saved')
    expect(w.selected).toEqual([`#${CERT_CANVAS_ID}`])
    expect(w.node.width).toBe(CERT_WIDTH * 2)
    expect(w.texts.map((t) => t.text)).toContain('编号：GY2026030802000042')
    expect(w.toFile).toHaveBeenCalledWith({ canvas: w.node, fileType: 'png' })
    expect(Taro.saveImageToPhotosAlbum).toHaveBeenCalledWith({ filePath: 'wxfile://tmp/cert.png' })
  })

  test('once refused the album, the person is told where to turn it on, and settings open when they agree', async () => {
    const w = weChat(async () => Promise.reject({ errMsg: 'saveImageToPhotosAlbum:fail auth deny' }))
    await expect(saveCertificateImage(convention)).resolves.toBe('refused')
    expect(w.modal).toHaveBeenCalledWith(expect.objectContaining({ title: ALBUM_REFUSED.title, confirmText: '去设置' }))
    expect(Taro.openSetting).toHaveBeenCalled()
  })

  test('declining the privacy guide says what happened; cancelling says nothing', async () => {
    let w = weChat(async () => Promise.reject({ errMsg: 'saveImageToPhotosAlbum:fail privacy permission is not authorized', errno: 104 }))
    await expect(saveCertificateImage(convention)).resolves.toBe('refused')
    expect(w.toast).toHaveBeenCalledWith(expect.objectContaining({ title: PRIVACY_REFUSED }))
    expect(w.modal).not.toHaveBeenCalled()

    jest.restoreAllMocks()
    w = weChat(async () => Promise.reject({ errMsg: 'saveImageToPhotosAlbum:fail cancel' }))
    await expect(saveCertificateImage(convention)).resolves.toBe('cancelled')
    expect(w.toast).not.toHaveBeenCalled()
    expect(w.modal).not.toHaveBeenCalled()
  })
})
