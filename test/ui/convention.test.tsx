import { act, fireEvent, render, screen } from '@testing-library/react'
import { fakeBackend, quietTaro } from './helpers'

jest.mock('../../src/lib/cloud', () => {
  const actual = jest.requireActual('../../src/lib/cloud')
  return { ...actual, call: jest.fn() }
})
import { call } from '../../src/lib/cloud'
import { ConventionDetailScreen } from '../../src/features/convention/pages/detail/index'
import { CertificateView } from '../../src/features/convention/pages/certificate/index'

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
