import { readFileSync } from 'node:fs'
import path from 'node:path'
import { render } from '@testing-library/react'
import { sentence } from '../../server/core/sentence'
import { hoursWithMinutes } from '../../src/features/volunteers/components/Certificate'
import MonthBars from '../../src/features/volunteers/components/MonthBars'
import { sourceFiles } from './source-files'

/** Words the app writes around what people typed, read as a person would. */
describe('generated messages', () => {
  test.each([
    ['房号不对', '房号不对。'],
    ['房号不对。', '房号不对。'],
    ['房号不对。。 ', '房号不对。'],
    ['房号不对，', '房号不对。'],
    ['真的是这样吗？', '真的是这样吗？'],
    ['太好了！', '太好了！'],
  ])('typed “%s” ends once as “%s”', (typed, ended) => {
    expect(sentence(typed)).toBe(ended)
    expect(`原因：${sentence(typed)}您可以完善资料后再次申请。`).not.toMatch(/[。！？，][。，]/)
  })

  test('no server message puts its own 。 after words a person typed (they go through sentence())', () => {
    const modules = path.resolve(__dirname, '../../server/modules')
    // ${input.reason}。 · ${entry.note}！ · ${input.reason ?? '…'}。
    const typedThenStop = /\$\{(input|entry|body|args)\.[A-Za-z]+[^}]*\}[。！？]/
    const offenders = sourceFiles(modules)
      .filter((f) => typedThenStop.test(readFileSync(f, 'utf8')) || readFileSync(f, 'utf8').includes('。。'))
      .map((f) => path.relative(modules, f))
    expect(offenders).toEqual([])
  })

  test('hours are said once: 1 小时, not 1 小时（1小时）; the exact time only when the figure was rounded', () => {
    expect(hoursWithMinutes(60)).toBe('小时')
    expect(hoursWithMinutes(120)).toBe('小时')
    expect(hoursWithMinutes(330)).toBe('小时（5小时30分）')
  })
})

describe('charts', () => {
  test('a month without service draws no column, only the baseline', () => {
    const { container } = render(<MonthBars current='2026-03' count={3} months={[{ month: '2026-03', minutes: 120 }]} />)
    const cols = Array.from(container.querySelectorAll('.vo-bars__col'))
    expect(cols.map((c) => c.querySelectorAll('.vo-bars__fill').length)).toEqual([0, 0, 1])
    expect(cols.map((c) => c.getAttribute('aria-label'))).toEqual(['1月，没有服务时长', '2月，没有服务时长', '3月，2小时'])
  })
})
