import { readFileSync } from 'node:fs'
import path from 'node:path'
import { act, fireEvent, render } from '@testing-library/react'
import DayPicker from '../../src/components/DayPicker'
import WhenPicker, { type When } from '../../src/components/WhenPicker'
import { sourceFiles } from './source-files'

const SRC = path.resolve(__dirname, '../../src')
const PICKER = path.join(SRC, 'components/WhenPicker.tsx')

/** What the person reads on the page: text outside the invisible native field. */
function shownText(container: HTMLElement): string {
  return Array.from(container.querySelectorAll('.ct-when__part'))
    .map((el) => el.textContent ?? '')
    .join(' ')
}

describe('the app’s date and time pickers', () => {
  test('show a date and time the Chinese way, 2026年12月12日 23:59, never the browser’s 12/12/2026 11:59 PM', () => {
    let value: When = { date: '2026-12-12', time: '23:59' }
    const { container, rerender } = render(<WhenPicker label='截止时间' value={value} onChange={(w) => (value = w)} />)
    expect(shownText(container)).toBe('2026年12月12日 23:59')
    // the browser's own fields are there for the tap, but invisible over our boxes
    const date = container.querySelector('input[aria-label="截止时间（日期）"]') as HTMLInputElement
    const time = container.querySelector('input[aria-label="截止时间（几点）"]') as HTMLInputElement
    expect(date.className).toContain('ct-when__native')
    expect(time.className).toContain('ct-when__native')

    act(() => {
      fireEvent.change(date, { target: { value: '2027-01-05' } })
    })
    expect(value).toEqual({ date: '2027-01-05', time: '23:59' })
    rerender(<WhenPicker label='截止时间' value={value} onChange={(w) => (value = w)} />)
    expect(shownText(container)).toBe('2027年1月5日 23:59')
  })

  test('a day and a month read 2026年3月7日 and 2017年5月', () => {
    const day = render(<DayPicker label='创文开始日' value='2026-03-07' onChange={() => undefined} />)
    expect(shownText(day.container)).toBe('2026年3月7日')
    const month = render(<DayPicker label='出生年月' month value='2017-05' onChange={() => undefined} />)
    expect(shownText(month.container)).toBe('2017年5月')
  })

  test('no page uses the browser’s or Taro’s date and time fields directly: they go through WhenPicker/DayPicker', () => {
    const direct = /type=\{?['"`]?(date|time|datetime-local|month)['"`]|type=\{\s*month\s*\?|mode=\{?['"](date|time)['"]/
    const offenders = sourceFiles(SRC)
      .filter((f) => f !== PICKER)
      .filter((f) => direct.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(SRC, f))
    expect(offenders).toEqual([])
  })
})
