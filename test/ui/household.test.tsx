import { act, fireEvent, render, screen } from '@testing-library/react'
import { fakeBackend, quietTaro } from './helpers'

jest.mock('../../src/lib/cloud', () => {
  const actual = jest.requireActual('../../src/lib/cloud')
  return { ...actual, call: jest.fn() }
})
import { call } from '../../src/lib/cloud'
import { BindScreen } from '../../src/features/household/pages/bind/index'

beforeEach(() => {
  jest.restoreAllMocks()
})

const click = async (text: string) => {
  const el = await screen.findByText(text)
  await act(async () => {
    fireEvent.click(el)
  })
}

test('pick community → building → unit → room → relation, then 提交申请 sends one request', async () => {
  quietTaro()
  let pending: any = null
  const backend = fakeBackend({
    'households.myBinding': () => ({
      current: null,
      pending,
      lastDecision: { requestId: 'old', householdId: 'h9', label: '幸福小区 1栋 1单元 102', status: 'rejected', relation: 'owner', reason: '房号不对', requestedAt: '2025-11-20T01:00:00Z' },
    }),
    'places.communities': () => [{ id: 'c1', name: '幸福小区', kind: 'community', areaName: '城东片区' }],
    'places.buildings': () => [{ id: 'b3', name: '3栋' }],
    'places.units': () => [{ id: 'u2', name: '2单元' }],
    'places.households': () => [{ id: 'h501', room: '501' }],
    'households.requestBinding': ({ householdId, relation }) => {
      pending = { requestId: 'r1', householdId, label: '幸福小区 3栋 2单元 501', status: 'pending', relation, requestedAt: '2025-11-27T01:00:00Z' }
      return { requestId: 'r1', status: 'pending' }
    },
  })
  ;(call as jest.Mock).mockImplementation(backend.impl)

  render(<BindScreen />)
  // last time's answer is shown with the captain's reason
  expect(await screen.findByText('楼长说明：房号不对')).toBeTruthy()

  await click('幸福小区')
  await click('3栋')
  await click('2单元')
  await click('501')
  expect(await screen.findByText('您选的是：幸福小区 3栋 2单元 501')).toBeTruthy()

  await click('租户')
  await click('提交申请')

  const sent = backend.calls.filter((c) => c.key === 'households.requestBinding')
  expect(sent.map((c) => c.input)).toEqual([{ householdId: 'h501', relation: 'tenant' }])
  expect(await screen.findByText('等待楼长审核')).toBeTruthy()
  expect(screen.getByText('撤回申请')).toBeTruthy()
})
