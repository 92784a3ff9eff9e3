import { readFileSync } from 'node:fs'
import path from 'node:path'
import { render } from '@testing-library/react'
import Input from '../../src/components/nut/input'
import TextArea from '../../src/components/nut/textarea'
import { sourceFiles } from './source-files'

/**
 * The rule: a field's placeholder says what to write there ("例如：幸福路18号门口"),
 * never a generic "请输入内容".
 */
const SRC = path.resolve(__dirname, '../../src')


const GENERIC = /placeholder=\{?\s*['"`](请输入内容|请输入|请填写|输入内容|请输入文字|请选择|内容)['"`]/

/** Each <Input …> / <TextArea …> element in a file, with its line. */
function fieldsIn(file: string): { line: number; tag: string }[] {
  const s = readFileSync(file, 'utf8')
  const out: { line: number; tag: string }[] = []
  for (const m of s.matchAll(/<(Input|TextArea)\b/g)) {
    let i = (m.index ?? 0) + m[0].length
    let depth = 0
    for (; i < s.length; i++) {
      const c = s[i]
      if (c === '{') depth++
      else if (c === '}') depth--
      else if (c === '>' && depth === 0 && s[i - 1] !== '=') break
    }
    out.push({ line: s.slice(0, m.index).split('\n').length, tag: s.slice(m.index, i + 1) })
  }
  return out
}

describe('placeholders say what to write', () => {
  test('a field without a placeholder shows nothing, not NutUI’s “请输入内容”', () => {
    const { container } = render(
      <>
        <Input value='' aria-label='年度' onChange={() => undefined} />
        <TextArea value='' aria-label='说明' onChange={() => undefined} />
      </>,
    )
    expect(container.innerHTML).not.toContain('请输入内容')
  })

  test('every Input and TextArea in the app has a placeholder of its own', () => {
    const missing = sourceFiles(SRC)
      .filter((f) => f.endsWith('.tsx'))
      .flatMap((f) => fieldsIn(f).filter((x) => !/\bplaceholder=/.test(x.tag)).map((x) => `${path.relative(SRC, f)}:${x.line}`))
    expect(missing).toEqual([])
  })

  test('no placeholder is a generic 请输入内容 / 请填写 / 请选择', () => {
    const generic = sourceFiles(SRC)
      .filter((f) => GENERIC.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(SRC, f))
    expect(generic).toEqual([])
  })
})
