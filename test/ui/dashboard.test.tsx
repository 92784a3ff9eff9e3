import { fireEvent, render, screen, within } from '@testing-library/react'
import { fakeBackend, quietTaro } from './helpers'

jest.mock('../../src/lib/cloud', () => {
  const actual = jest.requireActual('../../src/lib/cloud')
  return { ...actual, call: jest.fn() }
})
import { call } from '../../src/lib/cloud'
import { OverviewScreen } from '../../src/features/dashboard/pages/overview/index'
import { dayLabel } from '../../src/features/dashboard/lib/lines'
import type { DashboardOverview } from '../../server/modules/dashboard/contracts'
import { METRICS } from '../../server/modules/dashboard/domain/metrics'

const DAYS = ['2026-11-29', '2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04', '2026-12-05']
const zeros = () => DAYS.map(() => 0)

function overview(areaId: string | null, extra: Partial<DashboardOverview['series']> = {}): DashboardOverview {
  const series = Object.fromEntries(METRICS.map((m) => [m, zeros()])) as DashboardOverview['series']
  Object.assign(series, extra)
  const totals = Object.fromEntries(METRICS.map((m) => [m, series[m].reduce((s, n) => s + n, 0)])) as DashboardOverview['totals']
  return {
    days: DAYS,
    areas: [{ id: 'a-east', name: '城东片区' }, { id: 'a-west', name: '城西片区' }],
    areaId,
    series,
    totals,
    countyWideOnly: areaId ? ['signers', 'votes'] : [],
    tasks: null,
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

  it('asks for one 片区 when it is chosen, and says that signers and votes are the county\'s', async () => {
    quietTaro()
    const backend = fakeBackend({ 'dashboard.overview': (input: { areaId?: string }) => overview(input.areaId ?? null, { signers: [0, 0, 0, 0, 0, 0, 2] }) })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<OverviewScreen />)
    fireEvent.click(await screen.findByRole('radio', { name: '城西片区' }))
    await screen.findByText('城西片区·7天合计')
    expect(screen.getByText('签署公约和家庭投票不分片区，这里是全县的数字。')).toBeTruthy()
    expect(backend.calls.at(-1)!.input).toEqual({ days: 14, areaId: 'a-west' })
  })

  it('shows nothing for task progress until the tasks module sends it', async () => {
    quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'dashboard.overview': () => overview(null) }).impl)
    render(<OverviewScreen />)
    await screen.findByText('每天的数字')
    expect(screen.queryByText(/任务/)).toBeNull()
  })
})

describe('dayLabel', () => {
  it('names a Beijing day as people say it', () => {
    expect(dayLabel('2026-12-05')).toBe('12月5日 周六')
  })
})
