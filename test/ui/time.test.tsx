import { formatDate, formatWhen } from '../../src/lib/time'

// "now" is 2025-11-27 10:00 in Beijing (02:00 UTC)
const now = '2025-11-27T02:00:00.000Z'

test.each([
  ['2025-11-27T06:30:00.000Z', '今天 14:30'],
  ['2025-11-26T16:05:00.000Z', '今天 00:05'], // still the 27th in Beijing
  ['2025-11-26T15:59:00.000Z', '昨天 23:59'],
  ['2025-11-25T01:00:00.000Z', '11月25日'],
  ['2024-03-01T01:00:00.000Z', '2024年3月1日'],
])('formatWhen(%s) is %s in Beijing time', (at, expected) => {
  expect(formatWhen(at, now)).toBe(expected)
})

test('formatDate uses the Beijing day', () => {
  expect(formatDate('2025-11-27T17:30:00.000Z')).toBe('2025年11月28日')
  expect(formatDate(null)).toBe('')
})
