import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { fakeBackend, quietTaro } from './helpers'

jest.mock('../../src/lib/cloud', () => {
  const actual = jest.requireActual('../../src/lib/cloud')
  return { ...actual, call: jest.fn() }
})
import { call, CloudError } from '../../src/lib/cloud'
import { EditNameScreen } from '../../src/features/profile/pages/edit/index'
import { nameError } from '../../src/features/profile/hooks/useEditName'
import { identityInputs } from '../../server/modules/identity/contracts'

beforeEach(() => {
  jest.restoreAllMocks()
})

const me = (name: string) => ({
  user: { id: 'u1', name, maskedName: `${name.slice(0, 1)}**`, isMinor: false },
  county: { id: 'k1', name: '青禾县' },
  roles: [],
  household: null,
  guardians: [],
  wards: [],
})

/**
 * Taro's input is a web component here; it reports typing as an input event carrying detail.value.
 * It draws its inner <input> a moment after it appears: type once that is there.
 */
async function typeName(value: string) {
  const input = document.querySelector('taro-input-core') as HTMLElement
  await waitFor(() => expect(input.querySelector('input')).toBeTruthy())
  act(() => {
    input.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
}

function nameShown(): string {
  return (document.querySelector('taro-input-core') as HTMLElement & { value?: string }).value ?? ''
}

test('the form starts from the name the server has, exactly as it is (a "%" in it is no problem)', async () => {
  quietTaro()
  const backend = fakeBackend({ 'identity.me': () => me('王建国%25') })
  ;(call as jest.Mock).mockImplementation(backend.impl)
  render(<EditNameScreen />)
  expect(await screen.findByText('保存')).toBeTruthy()
  expect(nameShown()).toBe('王建国%25')
})

test('a first-time WeChat user ("微信用户xxxx") starts from an empty box', async () => {
  quietTaro()
  const backend = fakeBackend({ 'identity.me': () => me('微信用户a1b2') })
  ;(call as jest.Mock).mockImplementation(backend.impl)
  render(<EditNameScreen />)
  expect(await screen.findByText('保存')).toBeTruthy()
  expect(nameShown()).toBe('')
})

test('when the name cannot be loaded, the page says so and offers a retry instead of an empty form', async () => {
  quietTaro()
  let fail = true
  const backend = fakeBackend({
    'identity.me': () => {
      if (fail) throw new CloudError('NETWORK', '网络不太好，请稍后重试')
      return me('王建国')
    },
  })
  ;(call as jest.Mock).mockImplementation(backend.impl)
  render(<EditNameScreen />)
  expect(await screen.findByText('网络不太好，请稍后重试')).toBeTruthy()
  expect(screen.queryByText('保存')).toBeNull()
  fail = false
  await act(async () => {
    fireEvent.click(screen.getByText('重试'))
  })
  expect(await screen.findByText('保存')).toBeTruthy()
  expect(nameShown()).toBe('王建国')
})

test("the form's name rule is the server's: whatever the server refuses is refused before sending, and nothing else", () => {
  const server = identityInputs.updateProfile.shape.name
  for (const name of ['', ' ', '王', ' 王 ', '王建', '王建国', ' 王建国 ', '王'.repeat(20), '王'.repeat(21), ` ${'王'.repeat(20)} `]) {
    expect([name, nameError(name) === undefined]).toEqual([name, server.safeParse(name).success])
  }
  expect(nameError(' 王 ')).toBe('名字至少 2 个字')
  expect(nameError('王'.repeat(21))).toBe('名字不能超过 20 个字')
})

test('a name shorter than two characters is refused before anything is sent', async () => {
  quietTaro()
  const backend = fakeBackend({ 'identity.me': () => me('微信用户a1b2'), 'identity.updateProfile': ({ name }) => ({ name }) })
  ;(call as jest.Mock).mockImplementation(backend.impl)
  render(<EditNameScreen />)
  await screen.findByText('保存')
  await typeName('王')
  await act(async () => {
    fireEvent.click(screen.getByText('保存'))
  })
  expect(screen.getByText('名字至少 2 个字')).toBeTruthy()
  expect(backend.calls.map((c) => c.key)).toEqual(['identity.me'])
})

test('saving sends the trimmed name once and goes back', async () => {
  quietTaro()
  const back = jest.spyOn(Taro, 'navigateBack').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as any)
  jest.spyOn(Taro, 'getCurrentPages').mockImplementation(() => [{ route: 'pages/mine/index' }, { route: 'features/profile/pages/edit/index' }] as any)
  const backend = fakeBackend({ 'identity.me': () => me('微信用户a1b2'), 'identity.updateProfile': ({ name }) => ({ name }) })
  ;(call as jest.Mock).mockImplementation(backend.impl)
  render(<EditNameScreen />)
  await screen.findByText('保存')
  await typeName('  王建国 ')
  await act(async () => {
    fireEvent.click(screen.getByText('保存'))
  })
  expect(backend.calls.filter((c) => c.key === 'identity.updateProfile')).toEqual([
    { key: 'identity.updateProfile', input: { name: '王建国' } },
  ])
  expect(back).toHaveBeenCalled()
})

test('opened by its address (no page before it), saving goes on to 我的 instead of leaving the app', async () => {
  quietTaro()
  const back = jest.spyOn(Taro, 'navigateBack').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as any)
  const tab = jest.spyOn(Taro, 'switchTab').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as any)
  jest.spyOn(Taro, 'getCurrentPages').mockImplementation(() => [{ route: 'features/profile/pages/edit/index' }] as any)
  const backend = fakeBackend({ 'identity.me': () => me('微信用户a1b2'), 'identity.updateProfile': ({ name }) => ({ name }) })
  ;(call as jest.Mock).mockImplementation(backend.impl)
  render(<EditNameScreen />)
  await screen.findByText('保存')
  await typeName('王建国')
  await act(async () => {
    fireEvent.click(screen.getByText('保存'))
  })
  expect(back).not.toHaveBeenCalled()
  expect(tab).toHaveBeenCalledWith({ url: '/pages/mine/index' })
})
