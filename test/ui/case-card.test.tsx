import { render, screen } from '@testing-library/react'
import CaseCard from '../../src/features/reports/components/CaseCard'
import type { CaseSummary } from '../../src/features/reports/api/types'

const resident: CaseSummary = {
  id: '00000000-0000-4000-8000-000000000001',
  category: '乱堆乱放',
  address: '幸福路18号门口',
  description: '楼道口堆着旧家具',
  community: '幸福里社区',
  status: 'assigned',
  statusLabel: '办理中',
  submittedAt: '2026-12-01T01:00:00.000Z',
  department: '县城市管理局',
  deadline: '2026-12-03T01:00:00.000Z',
  overdue: false,
  escalated: false,
  followers: 2,
  photo: null,
}

describe('a case card in a staff or handler list', () => {
  test("says a resident's report was 反映 by someone, with how many met it too", () => {
    render(<CaseCard c={resident} onOpen={() => undefined} />)
    expect(screen.getByText(/反映 · 2人也遇到$/)).toBeTruthy()
  })

  test('says a case an inspection found was found by the inspection, not reported by a resident', () => {
    render(<CaseCard c={{ ...resident, followers: 0, foundByInspection: true }} onOpen={() => undefined} />)
    expect(screen.getByText(/督查暗访发现/)).toBeTruthy()
    expect(screen.queryByText(/反映/)).toBeNull()
  })
})
