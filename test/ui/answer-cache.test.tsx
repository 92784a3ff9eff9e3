import Taro from '@tarojs/taro'
import { act, render, screen } from '@testing-library/react'
import { fakeBackend, quietTaro } from './helpers'

jest.mock('../../src/lib/cloud', () => {
  const actual = jest.requireActual('../../src/lib/cloud')
  return { ...actual, call: jest.fn() }
})
jest.mock('../../src/lib/subscribe', () => ({ askToSubscribe: jest.fn(), prefetchSubscribeTemplates: jest.fn() }))
import { call, CloudError } from '../../src/lib/cloud'
import { HomeScreen, useHome } from '../../src/pages/home/index'
import { keepAnswer, readAnswer } from '../../src/lib/answer-cache'
import { enterChildMode, leaveChildMode } from '../../src/lib/child-mode'
import { announceSessionChanged } from '../../src/lib/session'
import { STALE_ANSWER } from '../../src/lib/feedback'

// Answers are kept in the mini-program only: these tests run its pages as the phone does.
beforeEach(() => {
  jest.restoreAllMocks()
  process.env.TARO_ENV = 'weapp'
})
afterEach(() => {
  process.env.TARO_ENV = 'h5'
  leaveChildMode()
})

function Home() {
  const home = useHome()
  return <HomeScreen home={home} />
}

const summary = { countyId: 'c', countyName: '青禾县', campaignName: '青禾县创建全国文明城市', startDate: '2025-03-01', dayNumber: 272, slogan: '', bannerRef: null, privacyOperator: '', privacyContact: '', figures: { signers: 12, shopsPledged: 3, householdsBound: 6 } }
const homeWith = (title: string) => ({ summary, todo: [{ kind: 'sign', title, path: '/features/convention/pages/detail/index?id=c1' }], desks: [], notices: null })

/** A server that answers only when told: what the page shows before it answers is what the phone kept. */
function slowServer(answer: () => unknown) {
  let release: () => void = () => undefined
  const gate = new Promise<void>((resolve) => (release = resolve))
  ;(call as jest.Mock).mockImplementation(fakeBackend({ 'campaign.home': async () => (await gate, answer()) }).impl)
  return { answer: () => act(async () => release()) }
}

/** A server whose every answer to 首页 is this error. */
function failingServer(code: string, message: string) {
  ;(call as jest.Mock).mockImplementation(
    fakeBackend({
      'campaign.home': () => {
        throw new CloudError(code, message)
      },
    }).impl,
  )
}

describe('a tab page opens with what it showed last time', () => {
  test('首页 shows the last answer at once, then the new one when the server answers', async () => {
    quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'campaign.home': () => homeWith('阅读并签署《青禾县文明公约》') }).impl)
    const first = render(<Home />)
    await screen.findByText('阅读并签署《青禾县文明公约》')
    first.unmount()

    const server = slowServer(() => homeWith('《青禾县文明公约》已更新，请签署新版本'))
    render(<Home />)
    // before any answer: the kept page, not loading rows
    expect(screen.getByText('阅读并签署《青禾县文明公约》')).toBeTruthy()
    expect(screen.getByText('公约签署人')).toBeTruthy()
    await server.answer()
    expect(await screen.findByText('《青禾县文明公约》已更新，请签署新版本')).toBeTruthy()
    expect(screen.queryByText('阅读并签署《青禾县文明公约》')).toBeNull()
  })

  test('when the server cannot answer, the kept page stays and the person is told it is the last one', async () => {
    const t = quietTaro()
    keepAnswer('home', homeWith('阅读并签署《青禾县文明公约》'))
    failingServer('NETWORK', '网络不太好，请稍后重试')
    render(<Home />)
    await act(async () => undefined)
    expect(screen.getByText('阅读并签署《青禾县文明公约》')).toBeTruthy()
    expect(t.toast).toHaveBeenCalledWith(expect.objectContaining({ title: STALE_ANSWER }))
  })

  test('a browser keeps nothing: it may be shared, and a session can run out without a sign-out', () => {
    process.env.TARO_ENV = 'h5'
    keepAnswer('home', homeWith('王建国的待办'))
    expect(readAnswer('home')).toBeUndefined()
    expect(Object.keys(window.localStorage).filter((k) => k.startsWith('ct.answer.'))).toEqual([])
  })

  test('a change of who is signed in forgets what was kept', async () => {
    quietTaro()
    keepAnswer('home', homeWith('王建国的待办'))
    announceSessionChanged()
    expect(readAnswer('home')).toBeUndefined()
    slowServer(() => homeWith('别人的待办'))
    render(<Home />)
    expect(screen.queryByText('王建国的待办')).toBeNull()
  })

  test('when the server says the session is gone, the kept page is taken off the screen and forgotten', async () => {
    quietTaro()
    jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([{ route: 'pages/home/index' }] as never)
    keepAnswer('home', homeWith('王建国的待办'))
    failingServer('UNAUTHENTICATED', '请先选择身份登录')
    render(<Home />)
    expect(screen.getByText('王建国的待办')).toBeTruthy()
    await act(async () => undefined)
    expect(screen.queryByText('王建国的待办')).toBeNull()
    expect(readAnswer('home')).toBeUndefined()
  })

  test('an answer kept by an earlier build of the app is not read: its shape may have changed since', () => {
    Taro.setStorageSync('ct.answer.self.home', { build: 'an-earlier-build', value: homeWith('旧版本的待办') })
    expect(readAnswer('home')).toBeUndefined()
    keepAnswer('home', homeWith('这一版的待办'))
    expect(readAnswer<any>('home').todo[0].title).toBe('这一版的待办')
  })

  test("a child in child mode never sees the grown-up's kept page, nor the grown-up the child's", () => {
    keepAnswer('home', homeWith('家长的待办'))
    enterChildMode({ childId: 'child-1', name: '王小明' })
    expect(readAnswer('home')).toBeUndefined()
    keepAnswer('home', homeWith('孩子的待办'))
    leaveChildMode()
    expect(readAnswer<any>('home').todo[0].title).toBe('家长的待办')
  })
})
