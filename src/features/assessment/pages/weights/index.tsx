import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import Field from '../../../../components/Field'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import Input from '../../../../components/nut/input'
import { useAction } from '../../../../hooks/useAction'
import { useRemote } from '../../../../hooks/useRemote'
import { toastOk } from '../../../../lib/feedback'
import { getWeights, setWeights } from '../../api/assessment'
import type { AssessmentPart, WeightsView } from '../../api/types'
import '../../assessment.scss'

/** Whole numbers 0–100 adding up to 100, checked here first and again by the server (which gives the reason). */
export function weightProblem(values: Record<string, string>): string | null {
  const numbers = Object.values(values).map((v) => (v.trim() === '' ? NaN : Number(v)))
  if (numbers.some((n) => !Number.isInteger(n) || n < 0 || n > 100)) return '每一项都填0到100的整数'
  const sum = numbers.reduce((s, n) => s + n, 0)
  return sum === 100 ? null : `各项权重加起来要正好是100，现在是${sum}`
}

/** The labels of the parts added since the admin saved: 「任务完成」. */
const addedLabels = (w: WeightsView) => w.parts.filter((p) => w.added.includes(p.part)).map((p) => `「${p.label}」`).join('、')

/** 考核权重: how much each part counts in a community's monthly total. */
export function WeightsScreen() {
  const remote = useRemote<WeightsView>(getWeights)
  const [values, setValues] = useState<Record<string, string>>({})
  useEffect(() => {
    if (remote.data) setValues(Object.fromEntries(remote.data.parts.map((p) => [p.part, String(p.weight)])))
  }, [remote.data])
  const problem = Object.keys(values).length ? weightProblem(values) : null
  const sum = Object.values(values).reduce((s, v) => s + (Number(v) || 0), 0)
  const save = useAction(async () => {
    if (problem) return undefined
    const res = await setWeights(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Number(v)])) as Record<AssessmentPart, number>)
    remote.setData(res)
    toastOk('已保存')
    return res
  })
  return (
    <Page>
      <RemoteView<WeightsView> remote={remote} rows={2} isEmpty={() => false}>
        {(w) => (
          <View>
            <View className='as-head'>
              <Text className='ct-h1 ct-block'>考核权重</Text>
              <Text className='ct-muted ct-block ct-mt-xs'>{w.custom ? '各项加起来是100分。改了以后，还没发布的月份按新权重算；已发布的月份不变。' : '现在用的是默认权重。各项加起来是100分。'}</Text>
              {w.added.length ? <Text className='ct-title ct-block ct-mt-xs'>{`新增了考核内容${addedLabels(w)}，现在按0计算。请填上它的权重，让合计还是100，再保存。`}</Text> : null}
            </View>
            <View className='ct-card'>
              {w.parts.map((p) => (
                <Field key={p.part} label={`${p.label}（%）`}>
                  <View className='ct-box'>
                    <Input value={values[p.part] ?? ''} type='number' placeholder='例如：20' aria-label={`${p.label}的权重`} onChange={(v: string) => setValues((prev) => ({ ...prev, [p.part]: v }))} />
                  </View>
                </Field>
              ))}
              <View role='status'>
                <Text className={`ct-title ct-block ${problem ? 'as-sum--wrong' : ''}`}>{`合计 ${sum} / 100`}</Text>
                {problem ? <Text className='ct-block as-sum--wrong ct-mt-xs'>{problem}</Text> : null}
              </View>
            </View>
            <Button className='ct-btn ct-mt' type='primary' size='large' disabled={!!problem} loading={save.busy} onClick={() => void save.run()}>
              保存权重
            </Button>
          </View>
        )}
      </RemoteView>
    </Page>
  )
}

export default function WeightsPage() {
  return <WeightsScreen />
}
