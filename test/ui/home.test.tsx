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
import { familyConsentTodo } from '../../src/lib/api/families'
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
const childs = { actions: ['consent' as const], nominatedAs: '由孩子推荐', childName: '王小明' }

describe('首页 · 现在需要您', () => {
  test('a child\'s nomination waiting for the guardian comes first and opens 确认家庭推荐', async () => {
    const t = quietTaro()
    const backend = fakeBackend({
      'campaign.summary': summary,
      'campaign.todo': () => [sign],
      'families.consentRequests': () => [childs, { actions: ['withdrawConsent'], nominatedAs: '由孩子推荐', childName: '王小明' }],
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
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

  test('without an answer from 文明家庭 the other to-dos still show', async () => {
    quietTaro()
    const backend = fakeBackend({
      'campaign.summary': summary,
      'campaign.todo': () => [sign],
      'families.consentRequests': () => {
        throw new CloudError('INTERNAL', '服务暂时不可用，请稍后重试')
      },
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<Home />)
    expect(await screen.findByText('阅读并签署《青禾县文明公约》')).toBeTruthy()
    expect(screen.queryByText(/等您同意/)).toBeNull()
  })
})

test('the consent to-do: a neighbour\'s nomination, several at once, and none once consented', () => {
  expect(familyConsentTodo([{ actions: ['consent'], nominatedAs: '邻居推荐', childName: null }])).toEqual([
    { kind: 'family_consent', title: '邻居推荐了您家参加文明家庭评选，等您同意', path: ROUTES.familyConsents },
  ])
  expect(familyConsentTodo([childs, { actions: ['consent'], nominatedAs: '邻居推荐', childName: null }])[0].title).toBe('有 2 个文明家庭推荐等您同意')
  expect(familyConsentTodo([{ actions: ['withdrawConsent'], nominatedAs: '邻居推荐', childName: null }])).toEqual([])
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
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'campaign.summary': summary, 'campaign.todo': () => [], 'campaign.workbench': () => ({ desks: [captainDesk, handlerDesk] }) }).impl)
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
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'campaign.summary': summary, 'campaign.todo': () => [], 'campaign.workbench': () => ({ desks: [captainDesk] }) }).impl)
    const { unmount } = render(<Home />)
    await screen.findByLabelText('工作台：楼长 · 幸福里社区 1号楼')
    await act(async () => {
      fireEvent.click(screen.getByText('楼栋通知'))
    })
    expect(t.nav).toHaveBeenLastCalledWith({ url: ROUTES.noticeManage })
    unmount()

    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'campaign.summary': summary, 'campaign.todo': () => [], 'campaign.workbench': () => ({ desks: [] }) }).impl)
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
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'campaign.summary': summary, 'campaign.todo': () => [], 'campaign.workbench': () => ({ desks: [captainDesk, inspectorDesk, handlerWithTasks, staffDesk, areaDesk] }) }).impl)
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

    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'campaign.summary': summary, 'campaign.todo': () => [], 'campaign.workbench': () => ({ desks: [] }) }).impl)
    render(<Home />)
    await screen.findByText('现在需要您')
    await tap('考核排名')
    expect(asked).not.toHaveBeenCalled()
  })
})
