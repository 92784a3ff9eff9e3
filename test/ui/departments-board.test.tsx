import { render, screen, waitFor, within } from '@testing-library/react'
import { fakeBackend, quietTaro } from './helpers'

jest.mock('../../src/lib/cloud', () => {
  const actual = jest.requireActual('../../src/lib/cloud')
  return { ...actual, call: jest.fn() }
})
import { call } from '../../src/lib/cloud'
import { DepartmentsScreen } from '../../src/features/reports/pages/departments/index'
import type { ScoreboardRow } from '../../server/modules/reports/contracts'

const row = (department: string, extra: Partial<ScoreboardRow> = {}): ScoreboardRow => ({
  departmentId: department, department, received: 0, fixed: 0, fixedOnTime: 0, overdue: 0, medianHoursToFix: null, satisfaction: null, rated: 0, ...extra,
})

describe('各单位办理情况, for every resident', () => {
  it('shows each unit\'s record from the public scoreboard, the unit with overdue cases first', async () => {
    quietTaro()
    const backend = fakeBackend({ 'reports.scoreboard': () => [row('县水务局', { received: 2, fixed: 2, fixedOnTime: 2, satisfaction: 4.5, rated: 2 }), row('县城市管理局', { received: 5, fixed: 3, fixedOnTime: 2, overdue: 1, medianHoursToFix: 20.5 })] })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<DepartmentsScreen />)
    await screen.findByText('您随手拍的问题派给了哪个单位、办得快不快、大家满不满意，都在这里。')
    const table = await screen.findByRole('table', { name: '各单位办理情况' })
    const units = within(table).getAllByText(/^县(城市管理局|水务局)$/)
    expect(units[0].textContent).toBe('县城市管理局')
    await waitFor(() => expect(screen.getAllByText('4.5').length).toBeGreaterThan(0))
    expect(backend.calls.map((c) => c.key)).toContain('reports.scoreboard')
  })

  it('says what the page will show before any case was handed to a unit, and offers 随手拍', async () => {
    quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'reports.scoreboard': () => [] }).impl)
    render(<DepartmentsScreen />)
    await screen.findByText('还没有派过单')
    expect(screen.getByText('去随手拍')).toBeTruthy()
  })
})
