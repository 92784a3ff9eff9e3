import { act, fireEvent, render, screen } from '@testing-library/react'
import { fakeBackend, quietTaro } from './helpers'

jest.mock('../../src/lib/cloud', () => {
  const actual = jest.requireActual('../../src/lib/cloud')
  return { ...actual, call: jest.fn() }
})
import { call } from '../../src/lib/cloud'
import { GalleryScreen } from '../../src/features/reports/pages/gallery/index'
import { GALLERY_PAGE_SIZE } from '../../src/features/reports/api/listGallery'
import { GALLERY_PAGE_SIZE as SERVER_PAGE_SIZE } from '../../server/modules/reports/contracts'
import type { GalleryItem } from '../../src/features/reports/api/types'

beforeEach(() => {
  jest.restoreAllMocks()
})

function item(i: number): GalleryItem {
  const fixedAt = new Date(Date.parse('2026-03-07T08:00:00Z') - i * 3_600_000).toISOString()
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
    category: `问题${i + 1}`,
    address: '幸福路18号门口',
    community: '幸福里社区',
    department: '县城管局',
    submittedAt: new Date(Date.parse(fixedAt) - 5 * 3_600_000).toISOString(),
    fixedAt,
    hoursToFix: 5,
    before: null,
    after: null,
    rating: null,
  }
}

/** The rule: 加载更多 only when there may be more; a short page is the last. */
describe('整改晒单 加载更多', () => {
  test('the client and the server agree on the page size', () => {
    expect(GALLERY_PAGE_SIZE).toBe(SERVER_PAGE_SIZE)
  })

  test('two fixed cases (a short first page): no 加载更多', async () => {
    quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'reports.gallery': () => [item(0), item(1)] }).impl)
    render(<GalleryScreen />)
    await screen.findByText('问题2')
    expect(screen.queryByText('加载更多')).toBeNull()
  })

  test('a full first page offers 加载更多; a short second page ends it', async () => {
    quietTaro()
    const full = Array.from({ length: GALLERY_PAGE_SIZE }, (_, i) => item(i))
    const backend = fakeBackend({ 'reports.gallery': (input) => (input.before ? [item(GALLERY_PAGE_SIZE)] : full) })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<GalleryScreen />)
    await screen.findByText('问题1')
    await act(async () => {
      fireEvent.click(screen.getByText('加载更多'))
    })
    await screen.findByText(`问题${GALLERY_PAGE_SIZE + 1}`)
    expect(screen.queryByText('加载更多')).toBeNull()
    expect(backend.calls.map((c) => c.input)).toEqual([{}, { before: full[GALLERY_PAGE_SIZE - 1].fixedAt }])
  })
})
