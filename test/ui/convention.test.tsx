import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen } from '@testing-library/react'
import { fakeBackend, quietTaro } from './helpers'

jest.mock('../../src/lib/cloud', () => {
  const actual = jest.requireActual('../../src/lib/cloud')
  return { ...actual, call: jest.fn() }
})
import { call } from '../../src/lib/cloud'
import { ConventionDetailScreen } from '../../src/features/convention/pages/detail/index'
import { CertificateScreen, CertificateView } from '../../src/features/convention/pages/certificate/index'
import { HistoryScreen } from '../../src/features/convention/pages/history/index'
import { signStateOf } from '../../src/features/convention/hooks/useConventionDetail'

const detail = (over: Record<string, unknown> = {}) => ({
  id: 'c1',
  kind: 'civic',
  title: '市民文明公约',
  scopeName: '清河县',
  version: {
    id: 'v2',
    version: 2,
    title: '市民文明公约',
    preamble: '为了共建文明城市，特制定本公约。',
    articles: ['爱党爱国，热爱家乡', '遵纪守法，诚实守信'],
    publishedAt: '2025-11-20T02:00:00.000Z',
  },
  signerCount: 41,
  canSign: true,
  myPledge: null,
  previousPledge: null,
  ...over,
})

beforeEach(() => {
  jest.restoreAllMocks()
})

test('signing the convention shows the signer number and opens the certificate (which says "第 N 位签署人")', async () => {
  const t = quietTaro()
  const backend = fakeBackend({
    'conventions.get': () => detail(),
    'conventions.sign': () => ({ pledgeId: 'p42', signerNo: 42, signedAt: '2025-11-27T06:30:00.000Z', alreadySigned: false }),
  })
  ;(call as jest.Mock).mockImplementation(backend.impl)

  render(<ConventionDetailScreen conventionId='c1' />)
  expect(await screen.findByText('爱党爱国，热爱家乡')).toBeTruthy()
  expect(screen.getByText('41')).toBeTruthy()

  await act(async () => {
    fireEvent.click(screen.getByText('签署公约'))
  })

  expect(await screen.findByText('签署编号 42')).toBeTruthy()
  expect(screen.getByText('已签署')).toBeTruthy()
  expect(screen.getByText('42')).toBeTruthy() // live count follows
  expect(backend.calls.find((c) => c.key === 'conventions.sign')?.input).toEqual({ versionId: 'v2' })
  expect(t.nav).toHaveBeenCalledWith({ url: '/features/convention/pages/certificate/index?pledgeId=p42' })
})

test('an older pledge asks to sign the new version', async () => {
  quietTaro()
  const backend = fakeBackend({
    'conventions.get': () =>
      detail({ previousPledge: { id: 'p1', signerNo: 7, signedAt: '2025-10-01T02:00:00.000Z', version: 1 } }),
  })
  ;(call as jest.Mock).mockImplementation(backend.impl)
  render(<ConventionDetailScreen conventionId='c1' />)
  expect(await screen.findByText('签署新版本')).toBeTruthy()
  expect(screen.getByText('公约已更新到第 2 版，请阅读后重新签署')).toBeTruthy()
})

test('the certificate names the signer number and the Beijing date', () => {
  render(
    <CertificateView
      cert={{
        pledgeId: 'p42',
        isMine: false,
        signerName: '王**',
        conventionTitle: '市民文明公约',
        version: 2,
        signerNo: 42,
        // 2025-11-27 17:30 UTC is already 28 November in Beijing
        signedAt: '2025-11-27T17:30:00.000Z',
        countyName: '清河县',
        totalSigners: 100,
      }}
    />,
  )
  expect(screen.getByText('第 42 位签署人')).toBeTruthy()
  expect(screen.getByText('王**')).toBeTruthy()
  // A shared certificate speaks of the signer, not to the reader.
  expect(screen.getByText('TA 是')).toBeTruthy()
  expect(screen.getAllByText(/2025年11月28日/).length).toBeGreaterThan(0)
})

const myCert = {
  pledgeId: 'p1',
  isMine: true,
  signerName: '张秀兰',
  conventionTitle: '青禾县市民文明公约',
  version: 2,
  signerNo: 1,
  signedAt: '2026-03-08T02:00:00.000Z',
  countyName: '青禾县',
  totalSigners: 3,
}

test('the certificate looks like one: the campaign, a number, the issuer and date, and a red seal with the county\'s name', async () => {
  quietTaro()
  const backend = fakeBackend({ 'conventions.certificate': () => myCert, 'campaign.summary': () => ({ countyName: '青禾县', campaignName: '青禾县创建全国文明城市' }) })
  ;(call as jest.Mock).mockImplementation(backend.impl)
  render(<CertificateScreen pledgeId='p1' />)
  expect(await screen.findByText('青禾县创建全国文明城市')).toBeTruthy()
  expect(screen.getByText('文明公约签署证书')).toBeTruthy()
  expect(screen.getByText('编号：GY2026030802000001')).toBeTruthy()
  expect(screen.getByText('青禾县创建全国文明城市指挥部')).toBeTruthy()
  const seal = screen.getByRole('img', { name: '青禾县文明共建印章图案' })
  expect(seal.textContent?.replace('★', '')).toBe('青禾县文明共建')
})

test('保存为图片 downloads the signer\'s own certificate as a PNG (H5); someone else\'s shared certificate has no save', async () => {
  const t = quietTaro()
  const backend = fakeBackend({ 'conventions.certificate': ({ pledgeId }) => (pledgeId === 'p1' ? myCert : { ...myCert, pledgeId, isMine: false, signerName: '张**' }) })
  ;(call as jest.Mock).mockImplementation(backend.impl)
  const drawn: string[] = []
  const ctx = new Proxy({ measureText: (s: string) => ({ width: s.length * 20 }), fillText: (s: string) => drawn.push(s) } as Record<string, unknown>, {
    get: (target, key: string) => target[key] ?? (() => undefined),
    set: () => true,
  })
  jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => ctx as never)
  jest.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((cb: BlobCallback) => cb(new Blob(['png'], { type: 'image/png' })))
  Object.assign(URL, { createObjectURL: jest.fn(() => 'blob:cert'), revokeObjectURL: jest.fn() })
  const downloads: string[] = []
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push(this.download)
  })
  const { unmount } = render(<CertificateScreen pledgeId='p1' />)
  await screen.findByText('文明公约签署证书')
  await act(async () => {
    fireEvent.click(screen.getByText('保存为图片'))
  })
  expect(downloads).toEqual(['文明公约签署证书-GY2026030802000001.png'])
  expect(drawn).toEqual(expect.arrayContaining(['张秀兰', '编号：GY2026030802000001', '第 1 位签署人', '青禾县创建全国文明城市指挥部']))
  expect(t.toast).toHaveBeenCalledWith(expect.objectContaining({ title: '证书图片已下载' }))
  unmount()

  render(<CertificateScreen pledgeId='p2' />)
  expect(await screen.findByText('张**')).toBeTruthy()
  expect(screen.queryByText('保存为图片')).toBeNull()
  expect(screen.getByText('打印证书')).toBeTruthy()
})

test('the sign state: a pledge on the current version is signed, one only on an older version asks to sign again', () => {
  const pledge = (version: number) => ({ id: `p${version}`, signerNo: 7, signedAt: '2025-10-01T02:00:00.000Z', version })
  expect(signStateOf({ myPledge: pledge(2), previousPledge: null })).toBe('signed')
  expect(signStateOf({ myPledge: pledge(2), previousPledge: pledge(1) })).toBe('signed')
  expect(signStateOf({ myPledge: null, previousPledge: pledge(1) })).toBe('resign')
  expect(signStateOf({ myPledge: null, previousPledge: null })).toBe('unsigned')
})

test("someone who may not sign (another community's residents' convention) reads why and is offered to bind, not a sign button", async () => {
  const t = quietTaro()
  const backend = fakeBackend({
    'conventions.get': () =>
      detail({ kind: 'residents', canSign: false, cannotSignReason: '这是幸福里社区的居民公约，绑定该社区的住户后才能签署' }),
  })
  ;(call as jest.Mock).mockImplementation(backend.impl)
  render(<ConventionDetailScreen conventionId='c1' />)
  expect(await screen.findByText('这是幸福里社区的居民公约，绑定该社区的住户后才能签署')).toBeTruthy()
  expect(screen.queryByText('签署公约')).toBeNull()
  await act(async () => {
    fireEvent.click(screen.getByText('去绑定住户'))
  })
  expect(t.nav).toHaveBeenCalledWith({ url: '/features/household/pages/bind/index' })
  expect(backend.calls.map((c) => c.key)).toEqual(['conventions.get'])
})

test('a reason that is not about binding is shown on its own', async () => {
  quietTaro()
  const backend = fakeBackend({
    'conventions.get': () => detail({ canSign: false, cannotSignReason: '未成年人请由监护人陪同签署' }),
  })
  ;(call as jest.Mock).mockImplementation(backend.impl)
  render(<ConventionDetailScreen conventionId='c1' />)
  expect(await screen.findByText('未成年人请由监护人陪同签署')).toBeTruthy()
  expect(screen.queryByText('签署公约')).toBeNull()
  expect(screen.queryByText('去绑定住户')).toBeNull()
})

test('a certificate link without its id says the link is incomplete, asks the server nothing and leads back to 首页', async () => {
  const t = quietTaro()
  const backend = fakeBackend({})
  ;(call as jest.Mock).mockImplementation(backend.impl)
  render(<CertificateScreen pledgeId={undefined} />)
  expect(screen.getByText('这个链接不完整，打不开')).toBeTruthy()
  expect(screen.queryByText('重试')).toBeNull()
  await act(async () => {
    fireEvent.click(screen.getByText('回到首页'))
  })
  expect(t.nav).not.toHaveBeenCalled()
  expect(Taro.switchTab).toHaveBeenCalledWith({ url: '/pages/home/index' })
  expect(backend.calls).toEqual([])
})

test('a history link without its id says the link is incomplete and asks the server nothing', async () => {
  quietTaro()
  const backend = fakeBackend({})
  ;(call as jest.Mock).mockImplementation(backend.impl)
  render(<HistoryScreen conventionId='' />)
  expect(screen.getByText('这个链接不完整，打不开')).toBeTruthy()
  expect(screen.getByText('回到首页')).toBeTruthy()
  await act(async () => undefined)
  expect(backend.calls).toEqual([])
})

test("the history page's title is the server's, not the link's", async () => {
  quietTaro()
  const backend = fakeBackend({
    'conventions.history': () => ({
      title: '幸福里社区居民公约',
      versions: [{ id: 'v1', version: 1, title: '幸福里社区居民公约', publishedAt: '2025-10-01T02:00:00.000Z', signerCount: 3, mySignedAt: null }],
    }),
  })
  ;(call as jest.Mock).mockImplementation(backend.impl)
  render(<HistoryScreen conventionId='c9' />)
  expect(await screen.findByText('现行版本')).toBeTruthy()
  expect(screen.getAllByText('幸福里社区居民公约').length).toBe(2) // the page title and the version's title
  expect(backend.calls).toEqual([{ key: 'conventions.history', input: { conventionId: 'c9' } }])
})
