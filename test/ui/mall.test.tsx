import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { fakeBackend, quietTaro } from './helpers'

jest.mock('../../src/lib/cloud', () => {
  const actual = jest.requireActual('../../src/lib/cloud')
  return { ...actual, call: jest.fn() }
})
import { call } from '../../src/lib/cloud'
import { RewardScreen } from '../../src/features/mall/pages/detail/index'
import { MineScreen } from '../../src/features/mall/pages/mine/index'
import RewardForm from '../../src/features/mall/components/RewardForm'
import type { RedemptionView, RewardView } from '../../server/modules/mall/contracts'
import * as server from '../../server/modules/mall/contracts'
import * as app from '../../src/features/mall/api/types'

beforeEach(() => jest.restoreAllMocks())

test('the app\'s kinds, their names and the days to collect are the server\'s', () => {
  expect(app.REWARD_KINDS).toEqual(server.REWARD_KINDS)
  expect(app.KIND_LABELS).toEqual(server.KIND_LABELS)
  expect(app.DEFAULT_PICKUP_DAYS).toBe(server.DEFAULT_PICKUP_DAYS)
})

const REWARD = '33333333-3333-4333-8333-333333333333'
const reward: RewardView = {
  id: REWARD, stationId: 's', stationName: '幸福里新时代文明实践站', stationAddress: '幸福路20号', kind: 'book', kindLabel: '书籍', name: '《新时代文明实践读本》',
  description: '字大好读', partner: '', photo: null, price: 80, stock: 3, perPersonLimit: 1, pickupDays: 30, endsAt: null, status: 'listed', mine: 0, balance: 300, cannotRedeem: null,
}
const redeemed: RedemptionView = {
  id: 'r1', rewardId: REWARD, rewardName: reward.name, kind: 'book', photo: null, stationId: 's', stationName: reward.stationName, stationAddress: '', price: 80, state: 'pending', stateLabel: '待领取',
  delivery: false, createdAt: '2026-05-10T01:00:00.000Z', expiresAt: '2026-06-09T01:00:00.000Z', handedOverAt: null, cancelledAt: null, cancelReason: null, code: { digits: '123456', qr: 'PK1.x.123456.sig' },
}

describe('积分超市', () => {
  it('asks once before spending points, then redeems and opens 我的兑换', async () => {
    const { nav } = quietTaro()
    const backend = fakeBackend({ 'mall.reward': () => reward, 'mall.redeem': () => redeemed })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<RewardScreen rewardId={REWARD} />)
    await screen.findByText('80积分')
    await act(async () => fireEvent.click(screen.getByText('兑换')))
    expect(backend.calls.map((c) => c.key)).toEqual(['mall.reward'])
    await act(async () => fireEvent.click(screen.getByText('确认兑换')))
    await waitFor(() => expect(backend.calls.map((c) => c.key)).toContain('mall.redeem'))
    expect(backend.calls.find((c) => c.key === 'mall.redeem')!.input).toEqual({ rewardId: REWARD })
    await waitFor(() => expect(nav).toHaveBeenCalledWith(expect.objectContaining({ url: '/features/mall/pages/mine/index' })))
  })

  it('shows a child a page made for them instead of the 兑换 button', async () => {
    quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'mall.reward': () => ({ ...reward, cannotRedeem: '积分兑换要请家长来办' }) }).impl)
    render(<RewardScreen rewardId={REWARD} />)
    await screen.findByText('积分兑换请家长来办')
    expect(screen.queryByText('兑换')).toBeNull()
  })

  it('says why a reward cannot be redeemed, and offers no button', async () => {
    quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'mall.reward': () => ({ ...reward, balance: 20, cannotRedeem: '积分还差60分，多参加志愿服务就能攒够' }) }).impl)
    render(<RewardScreen rewardId={REWARD} />)
    await screen.findByText('积分还差60分，多参加志愿服务就能攒够')
    expect(screen.queryByText('兑换')).toBeNull()
  })

  it('shows the pickup code of a waiting redemption as six digits in two halves, and none once picked up', () => {
    const remote = { status: 'ready', data: [redeemed, { ...redeemed, id: 'r2', state: 'handed_over', stateLabel: '已领取', code: null }], error: undefined, refreshing: false, reload: async () => undefined, setData: () => undefined } as any
    render(<MineScreen remote={remote} />)
    expect(screen.getByText('123 456')).toBeTruthy()
    expect(screen.getAllByText(/待领取|已领取/)).toHaveLength(2)
    expect(screen.getAllByText('123 456')).toHaveLength(1)
  })
})

describe('积分超市 for station staff', () => {
  const managed = { ...reward, endsAt: '2026-07-01T10:00:00.000Z' }

  it('修改 opens the reward\'s own values, keeps its stock out of the form, and saves its end date as Beijing time', async () => {
    quietTaro()
    const saved: unknown[] = []
    render(<RewardForm editing={managed} onSave={async (input) => void saved.push(input)} onClose={() => undefined} />)
    expect(screen.getByText('修改：《新时代文明实践读本》')).toBeTruthy()
    expect(screen.getByText('现在3件')).toBeTruthy()
    expect(screen.getByText('2026年7月1日')).toBeTruthy()
    await act(async () => fireEvent.click(screen.getByText('保存修改')))
    expect(saved).toEqual([expect.objectContaining({ name: '《新时代文明实践读本》', price: 80, endsAt: '2026-07-01T18:00:00+08:00' })])
    expect(saved[0]).not.toHaveProperty('stock')
  })

  it('a new reward has no end date unless one is switched on, and gives its stock once', async () => {
    quietTaro()
    const saved: any[] = []
    render(<RewardForm editing={null} onSave={async (input) => void saved.push(input)} onClose={() => undefined} />)
    expect(screen.getByText('不设截止时间：一直可以兑换，直到下架或换完。')).toBeTruthy()
    await act(async () => fireEvent.click(screen.getByText('上架')))
    expect(saved[0].endsAt).toBeUndefined()
    expect(saved[0]).toHaveProperty('stock', 0)
  })
})
