import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { fakeBackend, quietTaro } from './helpers'

jest.mock('../../src/lib/cloud', () => {
  const actual = jest.requireActual('../../src/lib/cloud')
  return { ...actual, call: jest.fn() }
})
import { call } from '../../src/lib/cloud'
import PointsPolicyCard from '../../src/features/admin/components/PointsPolicyCard'

beforeEach(() => jest.restoreAllMocks())

test('创文设置: the admin picks how many years points last and saves it; saving the same again is not offered', async () => {
  const t = quietTaro()
  let years = 3
  const backend = fakeBackend({
    'points.policy': () => ({ expiryYears: years }),
    'points.setPolicy': (input) => {
      years = input.expiryYears
      return { expiryYears: years }
    },
  })
  ;(call as jest.Mock).mockImplementation(backend.impl)
  render(<PointsPolicyCard />)
  const three = await screen.findByRole('radio', { name: '3年' })
  await waitFor(() => expect(three.getAttribute('aria-checked')).toBe('true'))
  await act(async () => {
    fireEvent.click(screen.getByRole('radio', { name: '5年' }))
  })
  await act(async () => {
    fireEvent.click(screen.getByText('保存积分有效期'))
  })
  await waitFor(() => expect(backend.calls.filter((c) => c.key === 'points.setPolicy').map((c) => c.input)).toEqual([{ expiryYears: 5 }]))
  expect(t.toast).toHaveBeenCalledWith(expect.objectContaining({ title: '积分有效期已保存' }))
})
