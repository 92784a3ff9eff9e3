import Choices from '../../../components/Choices'
import type { Category } from '../api/types'

/** 身边好人's filter: 全部 and one chip per category, in a row that scrolls sideways. */
export default function CategoryFilter(props: { list: Category[]; value: string; onChange: (key: string) => void }) {
  const { list, value, onChange } = props
  const options = [{ value: '', text: '全部' }, ...list.map((c) => ({ value: c.key, text: c.name }))]
  return <Choices scroll label='按类别看' options={options} value={value} onChange={onChange} />
}
