import { act, fireEvent, render, screen } from '@testing-library/react'
import { fakeBackend, quietTaro } from './helpers'

jest.mock('../../src/lib/cloud', () => {
  const actual = jest.requireActual('../../src/lib/cloud')
  return { ...actual, call: jest.fn() }
})
import { call } from '../../src/lib/cloud'
import { ChildrenScreen } from '../../src/features/household/pages/children/index'
import { LinkChildScreen } from '../../src/features/household/pages/link-child/index'

beforeEach(() => {
  jest.restoreAllMocks()
})

const click = async (text: string) => {
  const el = await screen.findByText(text)
  await act(async () => {
    fireEvent.click(el)
  })
}

const xiaoyu = (hasWeChat: boolean) => ({ id: 'k1', name: '小雨', birthMonth: '2017-05', age: 9, under14: true, isMinor: true, hasWeChat })

test('on 我的孩子, 让孩子用自己的微信 shows the QR, the six digits and until when they work; 换一个号码 asks for a new one', async () => {
  quietTaro()
  let n = 0
  const backend = fakeBackend({
    'households.children': () => ({ children: [xiaoyu(false)], adults: [], cannotAdd: '' }),
    'households.childLinkCode': ({ childId }) => {
      n += 1
      return { childId, childName: '小雨', code: n === 1 ? '042917' : '555123', path: `/features/household/pages/link-child/index?code=${n === 1 ? '042917' : '555123'}`, expiresAt: '2026-12-06T02:00:00.000Z' }
    },
  })
  ;(call as jest.Mock).mockImplementation(backend.impl)
  render(<ChildrenScreen />)
  await click('让孩子用自己的微信')
  expect(await screen.findByText('042917')).toBeTruthy()
  expect(screen.getByRole('img', { name: '给小雨扫的二维码' })).toBeTruthy()
  expect(screen.getByText(/12月6日 10:00前有效，只能用一次/)).toBeTruthy()
  expect(backend.calls.filter((c) => c.key === 'households.childLinkCode')).toEqual([{ key: 'households.childLinkCode', input: { childId: 'k1' } }])
  await click('换一个号码')
  expect(await screen.findByText('555123')).toBeTruthy()
})

test('a child who already uses her own WeChat has no 让孩子用自己的微信 button', async () => {
  quietTaro()
  const backend = fakeBackend({ 'households.children': () => ({ children: [xiaoyu(true)], adults: [], cannotAdd: '' }) })
  ;(call as jest.Mock).mockImplementation(backend.impl)
  render(<ChildrenScreen />)
  expect(await screen.findByText('小雨已经在用自己的微信')).toBeTruthy()
  expect(screen.queryByText('让孩子用自己的微信')).toBeNull()
})

test('the child\'s phone, opened from the QR, says whose child account it is before 确认, then links', async () => {
  quietTaro()
  const backend = fakeBackend({
    'households.openChildLink': () => ({ found: true, linkId: 'L1', childName: '小雨', guardianName: '王建国', expiresAt: '2026-12-06T02:00:00.000Z' }),
    'households.linkChild': () => ({ childName: '小雨', alreadyLinked: false }),
  })
  ;(call as jest.Mock).mockImplementation(backend.impl)
  render(<LinkChildScreen code='042917' />)
  expect(await screen.findByText('这是王建国为你添加的孩子账号：小雨')).toBeTruthy()
  expect(backend.calls.some((c) => c.key === 'households.linkChild')).toBe(false)
  await click('确认')
  expect(backend.calls.find((c) => c.key === 'households.linkChild')?.input).toEqual({ linkId: 'L1', code: '042917' })
  expect(await screen.findByText('连好啦！你好，小雨！')).toBeTruthy()
})

test('six digits typed on the child\'s phone: a wrong number says how many tries are left', async () => {
  quietTaro()
  const backend = fakeBackend({ 'households.openChildLink': () => ({ found: false, attemptsLeft: 9 }) })
  ;(call as jest.Mock).mockImplementation(backend.impl)
  render(<LinkChildScreen />)
  await click('下一步')
  expect(await screen.findByText('要输入6位数字，现在是0位')).toBeTruthy()
  await act(async () => {
    fireEvent.input(screen.getByLabelText('6位数字'), { target: { value: '123456' } })
  })
  await click('下一步')
  expect(await screen.findByText(/今天还能试9次/)).toBeTruthy()
  expect(backend.calls.find((c) => c.key === 'households.openChildLink')?.input).toEqual({ code: '123456' })
})
