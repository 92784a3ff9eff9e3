import { fireEvent, render, screen, within } from '@testing-library/react'
import { fakeBackend, quietTaro } from './helpers'

jest.mock('../../src/lib/cloud', () => {
  const actual = jest.requireActual('../../src/lib/cloud')
  return { ...actual, call: jest.fn() }
})
import { call } from '../../src/lib/cloud'
import { OverviewScreen } from '../../src/features/dashboard/pages/overview/index'
import { dayLabel } from '../../src/features/dashboard/lib/lines'
import type { DashboardOverview, TaskProgressSlot } from '../../server/modules/dashboard/contracts'
import { ROUTES } from '../../src/lib/routes'
import { METRICS } from '../../server/modules/dashboard/domain/metrics'

const DAYS = ['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05']
const zeros = () => DAYS.map(() => 0)

const PLAN: TaskProgressSlot = { planId: 'p1', planTitle: '青禾县创建全国文明城市三年行动方案', percent: 20, taskCount: 2, done: 3, late: 1, atRisk: 2, weekStart: '2026-11-30', weekEnd: '2026-12-06' }

function overview(
  areaId: string | null,
  extra: Partial<DashboardOverview['series']> = {},
  tasks: TaskProgressSlot | null = null,
  byArea: DashboardOverview['byArea'] = [],
): DashboardOverview {
  const series = Object.fromEntries(METRICS.map((m) => [m, zeros()])) as DashboardOverview['series']
  Object.assign(series, extra)
  const totals = Object.fromEntries(METRICS.map((m) => [m, series[m].reduce((s, n) => s + n, 0)])) as DashboardOverview['totals']
  return {
    days: DAYS,
    areas: [{ id: 'a-east', name: '城东片区' }, { id: 'a-west', name: '城西片区' }],
    areaId,
    series,
    totals,
    byArea: areaId ? [] : byArea,
    tasks,
  }
}

describe('全县每日情况, the command centre dashboard', () => {
  it('writes every figure as a number, and each day of the chosen figure beside its bar', async () => {
    quietTaro()
    const backend = fakeBackend({
      'dashboard.overview': () =>
        overview(null, {
          reports_in: [0, 1, 2, 0, 3, 0, 6],
          reports_fixed: [0, 0, 1, 0, 2, 0, 1],
          inspection_score: [0, 0, 0, 0, 0, 0, 45],
          inspection_max: [0, 0, 0, 0, 0, 0, 50],
          inspections: [0, 0, 0, 0, 0, 0, 1],
          volunteer_minutes: [0, 0, 0, 0, 0, 90, 0],
        }),
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<OverviewScreen />)
    await screen.findByText('全县·7天合计')
    // The totals: 12 reports in, 4 fixed, a 90% score rate, 1.5 hours of service.
    expect(screen.getByText('12')).toBeTruthy()
    expect(screen.getByText('90%')).toBeTruthy()
    expect(screen.getByText('1.5')).toBeTruthy()
    // 收到问题 by day, newest first, each day's number written and said.
    const bars = screen.getByRole('list', { name: '收到问题，每天' })
    const days = within(bars).getAllByRole('listitem')
    expect(days).toHaveLength(7)
    expect(days[0].getAttribute('aria-label')).toBe(`${dayLabel('2026-12-05')}收到问题6件`)
    expect(within(days[0]).getByText('6')).toBeTruthy()
    // Another figure: the score rate, "—" on a day without inspections.
    fireEvent.click(screen.getByRole('radio', { name: '督查得分率' }))
    const rates = within(screen.getByRole('list', { name: '督查得分率，每天' })).getAllByRole('listitem')
    expect(rates[0].getAttribute('aria-label')).toBe(`${dayLabel('2026-12-05')}督查得分率90%`)
    expect(rates[1].getAttribute('aria-label')).toBe(`${dayLabel('2026-12-04')}督查得分率没有`)
    expect(backend.calls[0].input).toEqual({ days: 14 })
  })

  it('shows the chosen figure 片区 by 片区 for the county, 未划片区 last and explained, and asks for one 片区 when it is chosen', async () => {
    quietTaro()
    const part = (counts: Partial<Record<(typeof METRICS)[number], number>>) => ({ ...(Object.fromEntries(METRICS.map((m) => [m, 0])) as DashboardOverview['totals']), ...counts })
    const byArea = [
      { areaId: 'a-east', totals: part({ signers: 5, votes: 7, inspection_score: 45, inspection_max: 50 }) },
      { areaId: 'a-west', totals: part({ signers: 2, votes: 0 }) },
      { areaId: null, totals: part({ signers: 1 }) },
    ]
    const backend = fakeBackend({
      'dashboard.overview': (input: { areaId?: string }) =>
        overview(input.areaId ?? null, { signers: [0, 0, 0, 0, 0, 0, input.areaId ? 2 : 8] }, null, byArea),
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<OverviewScreen />)
    await screen.findByText('全县·7天合计')
    fireEvent.click(screen.getByRole('radio', { name: '签署公约' }))
    await screen.findByText('各片区签署公约（7天合计）')
    const signers = within(screen.getByRole('list', { name: '签署公约，各片区' })).getAllByRole('listitem')
    expect(signers.map((row) => row.getAttribute('aria-label'))).toEqual(['城东片区签署公约5人', '城西片区签署公约2人', '未划片区签署公约1人'])
    expect(within(signers[0]).getByText('5')).toBeTruthy()
    expect(screen.getByText('未划片区：还没有绑定住户的人签署、投票，或者没写社区的志愿服务，只算在全县里。')).toBeTruthy()
    // Another figure, the same 片区: votes, and the score rate made from each 片区's own points.
    fireEvent.click(screen.getByRole('radio', { name: '家庭投票' }))
    const votes = within(screen.getByRole('list', { name: '家庭投票，各片区' })).getAllByRole('listitem')
    expect(votes.map((row) => row.getAttribute('aria-label'))).toEqual(['城东片区家庭投票7票', '城西片区家庭投票0票', '未划片区家庭投票0票'])
    fireEvent.click(screen.getByRole('radio', { name: '督查得分率' }))
    const rates = within(screen.getByRole('list', { name: '督查得分率，各片区' })).getAllByRole('listitem')
    expect(rates[0].getAttribute('aria-label')).toBe('城东片区督查得分率90%')
    expect(rates[1].getAttribute('aria-label')).toBe('城西片区督查得分率没有')

    // One 片区: its own figures, and no 片区 by 片区.
    fireEvent.click(screen.getByRole('radio', { name: '城西片区' }))
    await screen.findByText('城西片区·7天合计')
    expect(backend.calls.at(-1)!.input).toEqual({ days: 14, areaId: 'a-west' })
    expect(screen.queryByText(/^各片区/)).toBeNull()
    expect(screen.queryByText(/^未划片区：/)).toBeNull()
  })

  it('writes the plan’s progress as a number beside its bar, and this week’s counts, with the way to the plan', async () => {
    const { nav } = quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'dashboard.overview': () => overview(null, {}, PLAN) }).impl)
    render(<OverviewScreen />)
    await screen.findByText('任务进度')
    expect(screen.getByText('青禾县创建全国文明城市三年行动方案')).toBeTruthy()
    expect(screen.getByText('总进度：20%')).toBeTruthy()
    expect(screen.getByRole('progressbar', { name: '总进度' }).getAttribute('aria-valuenow')).toBe('20')
    expect(screen.getByText('各级任务按权重汇总，共2项个人任务。')).toBeTruthy()
    expect(screen.getByText('本周（11月30日至12月6日）')).toBeTruthy()
    for (const [label, n] of [['按期完成', '3'], ['逾期', '1'], ['有风险', '2']]) {
      const figure = screen.getByText(label).closest('.ct-figure') as HTMLElement
      expect(within(figure).getByText(n)).toBeTruthy()
    }
    fireEvent.click(screen.getByText('看任务计划'))
    expect(nav).toHaveBeenCalledWith({ url: ROUTES.taskPlan })
    fireEvent.click(screen.getByText('看任务周报'))
    expect(nav).toHaveBeenCalledWith({ url: ROUTES.taskWeekly })
  })

  it('with a 片区 chosen, says the figure is that 片区’s part, or that it was given nothing', async () => {
    quietTaro()
    const backend = fakeBackend({
      'dashboard.overview': (input: { areaId?: string }) =>
        overview(input.areaId ?? null, {}, input.areaId === 'a-west' ? { ...PLAN, percent: null, taskCount: 0, done: 0, late: 0, atRisk: 0 } : { ...PLAN, percent: 40 }),
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<OverviewScreen />)
    fireEvent.click(await screen.findByRole('radio', { name: '城东片区' }))
    await screen.findByText('城东片区的进度：40%')
    expect(screen.getByText('只算分到城东片区的任务，按各级权重汇总，共2项个人任务。')).toBeTruthy()
    fireEvent.click(screen.getByRole('radio', { name: '城西片区' }))
    await screen.findByText('城西片区还没有分到这个方案的任务。')
    expect(screen.queryByRole('progressbar')).toBeNull()
  })

  it('says plainly when there is no plan yet, and leads to building one', async () => {
    const { nav } = quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'dashboard.overview': () => overview(null) }).impl)
    render(<OverviewScreen />)
    await screen.findByText('还没有任务计划')
    expect(screen.queryByRole('progressbar')).toBeNull()
    fireEvent.click(screen.getByText('去建任务计划'))
    expect(nav).toHaveBeenCalledWith({ url: ROUTES.taskNew })
  })
})

describe('问题走势, the trend of 随手拍 over the days shown', () => {
  const DAYS30 = Array.from({ length: 30 }, (_, i) => new Date(Date.UTC(2026, 10, 6 + i)).toISOString().slice(0, 10))
  const line = (peakAt: number, peak: number, today: number) => DAYS30.map((_, i) => (i === peakAt ? peak : i === 29 ? today : i % 5 === 0 ? 1 : 0))

  it('draws 收到问题, 已整改 and 超期 for 30 days, a column a day, and says each in words: the total, the busiest day and today', async () => {
    quietTaro()
    const series = Object.fromEntries(METRICS.map((m) => [m, DAYS30.map(() => 0)])) as DashboardOverview['series']
    series.reports_in = line(10, 9, 4)
    series.reports_fixed = line(20, 5, 0)
    const totals = Object.fromEntries(METRICS.map((m) => [m, series[m].reduce((a, n) => a + n, 0)])) as DashboardOverview['totals']
    const view: DashboardOverview = { days: DAYS30, areas: [], areaId: null, series, totals, byArea: [], tasks: null }
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'dashboard.overview': () => view }).impl)
    render(<OverviewScreen />)
    await screen.findByText('问题走势')
    expect(screen.getByText('最近30天，每根柱子是一天，最右边是今天。')).toBeTruthy()

    const charts = screen.getAllByRole('img').filter((el) => (el.getAttribute('aria-label') ?? '').includes('走势'))
    expect(charts.map((c) => c.getAttribute('aria-label'))).toEqual([
      `收到问题走势：30天共${totals.reports_in}件，最多的一天是11月16日，9件；今天4件`,
      `已整改走势：30天共${totals.reports_fixed}件，最多的一天是11月26日，5件；今天0件`,
      '超期走势：30天共0件',
    ])
    // Every day a column, today's on the right; the busiest day's the tallest, a day of nothing has none.
    const received = charts[0]
    const columns = received.querySelectorAll('.db-trend__col')
    expect(columns).toHaveLength(30)
    expect((columns[10].querySelector('.db-trend__fill') as HTMLElement).style.height).toBe('100%')
    expect((columns[29].querySelector('.db-trend__fill') as HTMLElement).style.height).toBe('44%')
    expect(columns[1].querySelector('.db-trend__fill')).toBeNull()
    // The same words are written: the total, the busiest day and today, and the axis's first day, middle and today.
    expect(within(received).getByText(`共${totals.reports_in}件`)).toBeTruthy()
    expect(within(received).getByText('最多：11月16日 9件，今天：4件')).toBeTruthy()
    expect(within(received).getByText('11月6日')).toBeTruthy()
    expect(within(received).getByText('11月20日')).toBeTruthy()
    expect(within(received).getByText('今天')).toBeTruthy()
    expect(within(charts[2]).getByText('这些天都没有')).toBeTruthy()
  })
})

describe('dayLabel', () => {
  it('names a Beijing day as people say it', () => {
    expect(dayLabel('2026-12-05')).toBe('12月5日 周六')
  })
})
