import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { fakeBackend, quietTaro } from './helpers'

jest.mock('../../src/lib/cloud', () => {
  const actual = jest.requireActual('../../src/lib/cloud')
  return { ...actual, call: jest.fn() }
})
jest.mock('../../src/lib/subscribe', () => ({ askToSubscribe: jest.fn(), prefetchSubscribeTemplates: jest.fn() }))
import { call, CloudError } from '../../src/lib/cloud'
import { askToSubscribe } from '../../src/lib/subscribe'
import { HomeScreen, useHome } from '../../src/pages/home/index'
import { ROUTES } from '../../src/lib/routes'

beforeEach(() => {
  jest.restoreAllMocks()
})

/** 首页 as the tab renders it (lifecycles do not fire in jsdom: it loads on mount). */
function Home() {
  const home = useHome()
  return <HomeScreen home={home} />
}

const summary = () => ({
  countyName: '青禾县',
  campaignName: '青禾县创建全国文明城市',
  startDate: '2025-03-01',
  dayNumber: 272,
  figures: { signers: 12, shopsPledged: 3, householdsBound: 6 },
})
const sign = { kind: 'sign', title: '阅读并签署《青禾县文明公约》', path: '/features/convention/pages/detail/index?id=c1' }
const consent = { kind: 'family_consent', title: '王小明推荐了你们家参加文明家庭评选，等您同意', path: ROUTES.familyConsents }

/** campaign.home's answer: 首页 in one call. */
const homeOf = (parts: { todo?: unknown[]; desks?: unknown[]; notices?: unknown } = {}) => () => ({ summary: summary(), todo: [], desks: [], notices: null, ...parts })

describe('首页 · 现在需要您', () => {
  test('lists the to-do in the order the server gives, each with its tag, and a tap opens it', async () => {
    const t = quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'campaign.home': homeOf({ todo: [consent, sign] }) }).impl)
    render(<Home />)

    const item = await screen.findByText('王小明推荐了你们家参加文明家庭评选，等您同意')
    const rows = screen.getAllByRole('button').filter((b) => b.className.includes('ct-card--tap') && /等您同意|签署/.test(b.textContent ?? ''))
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('王小明推荐了你们家参加文明家庭评选，等您同意'),
      expect.stringContaining('阅读并签署《青禾县文明公约》'),
    ])
    expect(within(rows[0]).getByText('待同意')).toBeTruthy()
    await act(async () => {
      fireEvent.click(item)
    })
    expect(t.nav).toHaveBeenCalledWith({ url: ROUTES.familyConsents })
  })

  test('the whole page comes from one call to the server', async () => {
    quietTaro()
    ;(call as jest.Mock).mockClear().mockImplementation(fakeBackend({ 'campaign.home': homeOf({ todo: [sign] }) }).impl)
    render(<Home />)
    await screen.findByText('阅读并签署《青禾县文明公约》')
    expect((call as jest.Mock).mock.calls.map(([module, action]) => `${module}.${action}`)).toEqual(['campaign.home'])
  })

  test('when 首页 cannot load it says so once, with one 重试, and a retry brings the page', async () => {
    quietTaro()
    let fail = true
    ;(call as jest.Mock).mockImplementation(
      fakeBackend({
        'campaign.home': () => {
          if (fail) throw new CloudError('NETWORK', '网络不太好，请稍后重试')
          return homeOf({ todo: [sign] })()
        },
      }).impl,
    )
    render(<Home />)
    await screen.findByText('网络不太好，请稍后重试')
    expect(screen.getAllByText('重试')).toHaveLength(1)
    fail = false
    await act(async () => {
      fireEvent.click(screen.getByText('重试'))
    })
    expect(await screen.findByText('阅读并签署《青禾县文明公约》')).toBeTruthy()
    expect(screen.getByText('公约签署人')).toBeTruthy()
  })
})

describe('首页 · 楼栋通知', () => {
  test('names the first unread notice and counts the unread; says all is read when it is; and is not there without a home', async () => {
    const t = quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'campaign.home': homeOf({ notices: { unread: 2, firstTitle: '周六停水通知' } }) }).impl)
    const { unmount } = render(<Home />)
    expect(await screen.findByText('周六停水通知')).toBeTruthy()
    expect(screen.getByText('2 条未读')).toBeTruthy()
    await act(async () => {
      fireEvent.click(screen.getByText('周六停水通知'))
    })
    expect(t.nav).toHaveBeenLastCalledWith({ url: ROUTES.noticeList })
    unmount()

    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'campaign.home': homeOf({ notices: { unread: 0, firstTitle: '' } }) }).impl)
    const second = render(<Home />)
    expect(await screen.findByText('本楼的通知都看过了')).toBeTruthy()
    second.unmount()

    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'campaign.home': homeOf() }).impl)
    render(<Home />)
    await screen.findByText('公约签署人')
    expect(screen.queryByText('本楼的通知都看过了')).toBeNull()
    expect(screen.queryByText('楼栋通知', { selector: '.ct-title' })).toBeNull()
  })
})

describe('首页 · 工作台', () => {
  const captainDesk = {
    role: 'captain',
    title: '楼长 · 幸福里社区 1号楼',
    tiles: [
      { key: 'bindings', label: '绑定审核', count: 2, path: ROUTES.captainQueue },
      { key: 'matters', label: '找楼长的事', count: 0, path: ROUTES.matterQueue },
      { key: 'notices', label: '发楼栋通知', count: null, path: ROUTES.noticeManage },
    ],
  }
  const handlerDesk = { role: 'handler', title: '责任单位 · 县城市管理局', tiles: [{ key: 'toStart', label: '新工单', count: 120, path: ROUTES.reportHandler }] }

  test('each working role gets a card at the top with its queues, what waits in them, and one tap into each', async () => {
    const t = quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'campaign.home': homeOf({ desks: [captainDesk, handlerDesk] }) }).impl)
    render(<Home />)
    const desk = await screen.findByLabelText('工作台：楼长 · 幸福里社区 1号楼')
    const tileOf = (label: string) => within(desk).getByText(label).closest('.home__tile') as HTMLElement
    expect(tileOf('绑定审核').textContent).toBe('绑定审核2')
    // nothing waiting: no badge; a tool: no count at all
    expect(tileOf('找楼长的事').textContent).toBe('找楼长的事')
    expect(tileOf('发楼栋通知').getAttribute('data-count')).toBe('')
    expect(screen.getByText('99+')).toBeTruthy()
    await act(async () => {
      fireEvent.click(tileOf('绑定审核'))
    })
    expect(t.nav).toHaveBeenCalledWith({ url: ROUTES.captainQueue })
  })

  test("the captain's 楼栋通知 entry opens the captain's page (with 发通知); a resident's, the notices for them", async () => {
    const t = quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'campaign.home': homeOf({ desks: [captainDesk] }) }).impl)
    const { unmount } = render(<Home />)
    await screen.findByLabelText('工作台：楼长 · 幸福里社区 1号楼')
    await act(async () => {
      fireEvent.click(screen.getByText('楼栋通知'))
    })
    expect(t.nav).toHaveBeenLastCalledWith({ url: ROUTES.noticeManage })
    unmount()

    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'campaign.home': homeOf({ desks: [] }) }).impl)
    render(<Home />)
    await screen.findByText('现在需要您')
    expect(screen.queryByText(/^工作台/)).toBeNull()
    await act(async () => {
      fireEvent.click(screen.getByText('楼栋通知'))
    })
    expect(t.nav).toHaveBeenLastCalledWith({ url: ROUTES.noticeList })
  })

  test('工作提醒 is asked for at the tap that opens the work it tells of: an inspector’s sites, a handler’s tasks, a sub-command’s 督办, a staff member’s 督查通报 and 考核排名; never a captain’s queue or a resident’s 考核排名', async () => {
    quietTaro()
    const asked = askToSubscribe as jest.Mock
    const inspectorDesk = { role: 'inspector', title: '督查员', tiles: [{ key: 'sites', label: '待暗访点位', count: 1, path: ROUTES.inspectionMySites }] }
    const handlerWithTasks = { ...handlerDesk, tiles: [...handlerDesk.tiles, { key: 'tasks', label: '我的任务', count: 2, path: ROUTES.taskMine }] }
    const staffDesk = { role: 'staff', title: '社区工作人员 · 幸福里社区', tiles: [] }
    const areaDesk = { role: 'area_lead', title: '片区分指挥部 · 城东片区', tiles: [{ key: 'escalated', label: '督办任务', count: 1, path: ROUTES.taskBoard }] }
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'campaign.home': homeOf({ desks: [captainDesk, inspectorDesk, handlerWithTasks, staffDesk, areaDesk] }) }).impl)
    const { unmount } = render(<Home />)
    await screen.findByLabelText('工作台：督查员')
    const tap = async (text: string) => {
      asked.mockClear()
      await act(async () => {
        fireEvent.click(screen.getByText(text))
      })
    }
    for (const text of ['待暗访点位', '我的任务', '督办任务', '督查通报', '考核排名']) {
      await tap(text)
      expect(asked).toHaveBeenCalledWith(['work'])
    }
    for (const text of ['绑定审核', '新工单']) {
      await tap(text)
      expect(asked).not.toHaveBeenCalled()
    }
    unmount()

    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'campaign.home': homeOf({ desks: [] }) }).impl)
    render(<Home />)
    await screen.findByText('现在需要您')
    await tap('考核排名')
    expect(asked).not.toHaveBeenCalled()
  })
})
