import { act, render } from '@testing-library/react'
import Taro from '@tarojs/taro'
import Page from '../../src/components/Page'
import { LARGE_TEXT_KEY, setLargeText } from '../../src/hooks/useLargeText'

test('大字模式 puts .ct-large on every open page and is remembered on the phone', () => {
  const { container } = render(
    <>
      <Page>首页</Page>
      <Page>我的</Page>
    </>,
  )
  const pages = () => Array.from(container.querySelectorAll('.ct-page'))
  expect(pages()).toHaveLength(2)
  expect(pages().every((p) => !p.classList.contains('ct-large'))).toBe(true)

  act(() => setLargeText(true))
  expect(pages().every((p) => p.classList.contains('ct-large'))).toBe(true)
  expect(Taro.getStorageSync(LARGE_TEXT_KEY)).toBe(true)

  act(() => setLargeText(false))
  expect(pages().some((p) => p.classList.contains('ct-large'))).toBe(false)
})
