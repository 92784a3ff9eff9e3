import { act, fireEvent, render, screen } from '@testing-library/react'
import { fakeBackend, quietTaro } from './helpers'

jest.mock('../../src/lib/cloud', () => {
  const actual = jest.requireActual('../../src/lib/cloud')
  return { ...actual, call: jest.fn() }
})
import { call, CloudError } from '../../src/lib/cloud'
import { HOW_IT_WORKS, RECENT_COUNT, ReportHubScreen } from '../../src/pages/report/index'
import { ROUTES } from '../../src/lib/routes'
import type { MyReport } from '../../server/modules/reports/contracts'

beforeEach(() => {
  jest.restoreAllMocks()
})

function report(n: number, extra: Partial<MyReport> = {}): MyReport {
  return {
    id: `00000000-0000-4000-8000-00000000000${n}`,
    category: `问题${n}`,
    address: `幸福路${n}号`,
    status: 'assigned',
    statusLabel: '已派单',
    anonymous: false,
    submittedAt: '2025-11-27T01:00:00Z',
    ...extra,
  }
}

async function tap(text: string) {
  await act(async () => {
    fireEvent.click(screen.getByText(text))
  })
}

describe('随手拍 tab', () => {
  test('the big button opens the report form; the steps say how a report is handled', async () => {
    const t = quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'reports.mine': () => [] }).impl)
    render(<ReportHubScreen />)
    await tap('拍照反映问题')
    expect(t.nav).toHaveBeenCalledWith({ url: ROUTES.report })
    expect(HOW_IT_WORKS).toEqual(['拍照', '社区受理', '部门整改', '您来确认'])
    expect(screen.getByRole('list', { name: '办理流程' }).querySelectorAll('[role=listitem]')).toHaveLength(4)
    for (const step of HOW_IT_WORKS) expect(screen.getByText(step)).toBeTruthy()
  })

  test('shows the latest three of the person\'s reports, each opening its case; 全部 opens the whole list', async () => {
    const t = quietTaro()
    const backend = fakeBackend({ 'reports.mine': () => [report(1), report(2, { anonymous: true, status: 'fixed', statusLabel: '已整改' }), report(3), report(4)] })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<ReportHubScreen />)
    await screen.findByText('问题1')
    expect(RECENT_COUNT).toBe(3)
    expect(screen.getByText('问题3')).toBeTruthy()
    expect(screen.queryByText('问题4')).toBeNull()
    expect(screen.getByText('已整改')).toBeTruthy()
    expect(screen.getByText(/反映 · 匿名$/)).toBeTruthy()

    await tap('问题2')
    expect(t.nav).toHaveBeenLastCalledWith({ url: `${ROUTES.reportDetail}?id=${report(2).id}` })
    await tap('全部')
    expect(t.nav).toHaveBeenLastCalledWith({ url: ROUTES.myReports })
    expect(screen.getByRole('link', { name: '全部我的随手拍' })).toBeTruthy()
    await tap('整改晒单')
    expect(t.nav).toHaveBeenLastCalledWith({ url: ROUTES.reportGallery })
    expect(backend.calls.map((c) => c.key)).toEqual(['reports.mine'])
  })

  test('no reports yet: says what to do; a failed load offers a retry', async () => {
    quietTaro()
    let fail = true
    ;(call as jest.Mock).mockImplementation(
      fakeBackend({
        'reports.mine': () => {
          if (fail) throw new CloudError('NETWORK', '网络不太好，请稍后重试')
          return []
        },
      }).impl,
    )
    render(<ReportHubScreen />)
    expect(await screen.findByText('网络不太好，请稍后重试')).toBeTruthy()
    fail = false
    await tap('重试')
    expect(await screen.findByText('还没有反映过问题')).toBeTruthy()
    // the way to report is still there
    expect(screen.getByText('拍照反映问题')).toBeTruthy()
  })
})
