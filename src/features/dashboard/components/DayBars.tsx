import type { Line } from '../lib/lines'
import { dayLabel } from '../lib/lines'
import Bars from './Bars'

/** One figure day by day, newest first, each day's number beside its bar. */
export default function DayBars({ line, days }: { line: Line; days: string[] }) {
  const rows = days.map((day, i) => ({ key: day, label: dayLabel(day), value: line.values[i] })).reverse()
  return <Bars title={line.title} unit={line.unit} listLabel={`${line.title}，每天`} rows={rows} />
}
