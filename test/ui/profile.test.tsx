import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen } from '@testing-library/react'
import { fakeBackend, quietTaro } from './helpers'

jest.mock('../../src/lib/cloud', () => {
  const actual = jest.requireActual('../../src/lib/cloud')
  return { ...actual, call: jest.fn() }
})
import { call } from '../../src/lib/cloud'
import { EditNameScreen } from '../../src/features/profile/pages/edit/index'

beforeEach(() => {
  jest.restoreAllMocks()
})

/** Taro's input is a web component here; it reports typing as an input event carrying detail.value. */
function typeName(value: string) {
  const input = document.querySelector('taro-input-core') as HTMLElement
  act(() => {
    input.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
}

test('a name shorter than two characters is refused before anything is sent', async () => {
  quietTaro()
  const backend = fakeBackend({ 'identity.updateProfile': ({ name }) => ({ name }) })
  ;(call as jest.Mock).mockImplementation(backend.impl)
  render(<EditNameScreen initial='微信用户a1b2' />)
  typeName('王')
  await act(async () => {
    fireEvent.click(screen.getByText('保存'))
  })
  expect(screen.getByText('名字至少 2 个字')).toBeTruthy()
  expect(backend.calls).toEqual([])
})

test('saving sends the trimmed name once and goes back', async () => {
  quietTaro()
  const back = jest.spyOn(Taro, 'navigateBack').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as any)
  const backend = fakeBackend({ 'identity.updateProfile': ({ name }) => ({ name }) })
  ;(call as jest.Mock).mockImplementation(backend.impl)
  render(<EditNameScreen initial='微信用户a1b2' />)
  typeName('  王建国 ')
  await act(async () => {
    fireEvent.click(screen.getByText('保存'))
  })
  expect(backend.calls).toEqual([{ key: 'identity.updateProfile', input: { name: '王建国' } }])
  expect(back).toHaveBeenCalled()
})
