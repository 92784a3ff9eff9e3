import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { fakeBackend, quietTaro } from './helpers'

jest.mock('../../src/lib/cloud', () => {
  const actual = jest.requireActual('../../src/lib/cloud')
  return { ...actual, call: jest.fn() }
})
import { call, CloudError } from '../../src/lib/cloud'
import { QueueScreen } from '../../src/features/captain/pages/queue/index'

const pending = [
  { requestId: 'r1', householdLabel: '幸福小区 3栋 2单元 501', applicantName: '李**', relation: 'tenant', requestedAt: '2025-11-27T01:00:00Z', status: 'pending' },
  { requestId: 'r2', householdLabel: '幸福小区 3栋 1单元 101', applicantName: '张**', relation: 'owner', requestedAt: '2025-11-26T01:00:00Z', status: 'pending' },
]

beforeEach(() => {
  jest.restoreAllMocks()
})

test("the captain's reject asks for a reason before anything is sent", async () => {
  quietTaro()
  const backend = fakeBackend({
    'households.captainQueue': ({ status }) => (status === 'pending' ? pending.filter((p) => !decided.has(p.requestId)) : []),
    'households.decide': ({ requestId }) => {
      decided.add(requestId)
      return { requestId, status: 'rejected' }
    },
  })
  const decided = new Set<string>()
  ;(call as jest.Mock).mockImplementation(backend.impl)

  render(<QueueScreen />)
  const card = (await screen.findByText('幸福小区 3栋 2单元 501')).closest('.cq-card') as HTMLElement
  await act(async () => {
    fireEvent.click(within(card).getByText('拒绝'))
  })

  // the reason sheet is up, nothing sent yet
  const dialog = screen.getByRole('dialog')
  expect(within(dialog).getByText('拒绝「幸福小区 3栋 2单元 501」的申请')).toBeTruthy()
  expect(backend.calls.some((c) => c.key === 'households.decide')).toBe(false)

  // confirming without a reason is refused on the spot
  await act(async () => {
    fireEvent.click(within(dialog).getByText('确认拒绝'))
  })
  expect(within(dialog).getByText('请填写拒绝原因')).toBeTruthy()
  expect(backend.calls.some((c) => c.key === 'households.decide')).toBe(false)

  // a quick reason, then confirm: one call with the reason
  await act(async () => {
    fireEvent.click(within(dialog).getByText('房号不对'))
  })
  await act(async () => {
    fireEvent.click(within(dialog).getByText('确认拒绝'))
  })
  const decideCalls = backend.calls.filter((c) => c.key === 'households.decide')
  expect(decideCalls).toEqual([{ key: 'households.decide', input: { requestId: 'r1', decision: 'reject', reason: '房号不对' } }])
  expect(screen.queryByRole('dialog')).toBeNull()
  expect(screen.queryByText('幸福小区 3栋 2单元 501')).toBeNull()
  expect(screen.getByText('幸福小区 3栋 1单元 101')).toBeTruthy()
})

test('approving sends one decision and the request leaves the queue', async () => {
  const t = quietTaro()
  const backend = fakeBackend({
    'households.captainQueue': () => pending,
    'households.decide': ({ requestId }) => ({ requestId, status: 'approved' }),
  })
  ;(call as jest.Mock).mockImplementation(backend.impl)
  render(<QueueScreen />)
  const card = (await screen.findByText('幸福小区 3栋 1单元 101')).closest('.cq-card') as HTMLElement
  await act(async () => {
    fireEvent.click(within(card).getByText('同意'))
  })
  expect(backend.calls.filter((c) => c.key === 'households.decide').map((c) => c.input)).toEqual([
    { requestId: 'r2', decision: 'approve' },
  ])
  expect(t.toast).toHaveBeenCalledWith(expect.objectContaining({ title: '已同意' }))
})

test('a refused decision shows the server message and keeps the request', async () => {
  const t = quietTaro()
  const backend = fakeBackend({
    'households.captainQueue': () => pending,
    'households.decide': () => {
      throw new CloudError('CONFLICT', '这条申请已经处理过了')
    },
  })
  ;(call as jest.Mock).mockImplementation(backend.impl)
  render(<QueueScreen />)
  const card = (await screen.findByText('幸福小区 3栋 1单元 101')).closest('.cq-card') as HTMLElement
  await act(async () => {
    fireEvent.click(within(card).getByText('同意'))
  })
  expect(t.toast).toHaveBeenCalledWith(expect.objectContaining({ title: '这条申请已经处理过了' }))
  expect(screen.getByText('幸福小区 3栋 1单元 101')).toBeTruthy()
})

test('an empty queue says what happens next', async () => {
  quietTaro()
  ;(call as jest.Mock).mockImplementation(fakeBackend({ 'households.captainQueue': () => [] }).impl)
  render(<QueueScreen />)
  expect(await screen.findByText('都处理完了，没有待处理的申请')).toBeTruthy()
})

test('the captain sees who asks in full, and can call the phone they gave while the request waits', async () => {
  quietTaro()
  const Taro = (await import('@tarojs/taro')).default
  const dial = jest.spyOn(Taro, 'makePhoneCall').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as any)
  const backend = fakeBackend({
    'households.captainQueue': ({ status }) => (status === 'pending' ? [{ ...pending[0], applicantName: '李春梅', applicantPhone: '13800002222' }] : []),
  })
  ;(call as jest.Mock).mockImplementation(backend.impl)
  render(<QueueScreen />)
  expect(await screen.findByText('李春梅 · 申请作为租户')).toBeTruthy()
  await act(async () => {
    fireEvent.click(screen.getByText('电话 13800002222（点一下拨打）'))
  })
  expect(dial).toHaveBeenCalledWith({ phoneNumber: '13800002222' })
})
