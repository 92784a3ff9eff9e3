import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import Choices from '../../../../components/Choices'
import Field from '../../../../components/Field'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import Input from '../../../../components/nut/input'
import { useAction } from '../../../../hooks/useAction'
import { useRemote } from '../../../../hooks/useRemote'
import { toastOk } from '../../../../lib/feedback'
import { getChecklist, saveChecklist } from '../../api/inspections'
import { SITE_TYPES, type ChecklistView, type SiteType } from '../../api/types'
import '../../inspections.scss'

interface Draft {
  title: string
  standard: string
  points: string
}

const blank = (): Draft => ({ title: '', standard: '', points: '10' })

/**
 * 检查清单 of one site type: each item, what counts as a pass and its points.
 * Saving makes a new version; inspections already made keep theirs.
 */
export default function ChecklistPage() {
  const [siteType, setSiteType] = useState<SiteType>('农贸市场')
  const current = useRemote(() => getChecklist(siteType), [siteType])
  const [title, setTitle] = useState('')
  const [items, setItems] = useState<Draft[]>([blank()])
  useEffect(() => {
    const c = current.data
    setTitle(c?.title ?? `${siteType}测评标准`)
    setItems(c ? c.items.map((i) => ({ title: i.title, standard: i.standard, points: String(i.points) })) : [blank()])
  }, [current.data, siteType])
  const save = useAction(
    async () => {
      const saved = await saveChecklist({ siteType, title, items: items.map((i) => ({ title: i.title, standard: i.standard, points: Number(i.points) || 0 })) })
      toastOk(`已保存为第${saved.version}版`)
      current.setData(saved)
    },
    { toastOnError: false },
  )
  const edit = (n: number, change: Partial<Draft>) => setItems(items.map((d, i) => (i === n ? { ...d, ...change } : d)))
  const total = items.reduce((s, i) => s + (Number(i.points) || 0), 0)
  const errors = save.fieldErrors
  return (
    <Page>
      <View className='ct-card'>
        <Field label='点位类型'>
          <Choices<SiteType> label='点位类型' value={siteType} onChange={setSiteType} options={SITE_TYPES.map((t) => ({ value: t, text: t }))} />
        </Field>
      </View>
      <RemoteView<ChecklistView | null> remote={current} rows={3}>
        {(c) => (
          <View>
            <View className='ct-card'>
              <Text className='ct-muted ct-block'>{c ? `现在用的是第${c.version}版，共${c.items.length}项，满分${c.maxScore}分。保存后成为新的一版，已经查过的点位仍按原来的版本计分。` : `还没有${siteType}的清单，写好第一版吧。`}</Text>
              <Field label='清单名称' error={errors.title}>
                <View className='ct-box'>
                  <Input value={title} maxLength={40} placeholder='例如：农贸市场测评标准' aria-label='清单名称' onChange={(v: string) => setTitle(v)} />
                </View>
              </Field>
            </View>
            {items.map((d, n) => (
              <View key={n} className='ct-card'>
                <Text className='ct-title ct-block'>{`第${n + 1}项`}</Text>
                <Field label='检查什么' error={errors[`items.${n}.title`]}>
                  <View className='ct-box'>
                    <Input value={d.title} maxLength={60} placeholder='例如：地面干净无积水' aria-label={`第${n + 1}项检查什么`} onChange={(v: string) => edit(n, { title: v })} />
                  </View>
                </Field>
                <Field label='怎样算合格' error={errors[`items.${n}.standard`]}>
                  <View className='ct-box'>
                    <Input value={d.standard} maxLength={200} placeholder='例如：通道无垃圾、无污水' aria-label={`第${n + 1}项怎样算合格`} onChange={(v: string) => edit(n, { standard: v })} />
                  </View>
                </Field>
                <Field label='分值' error={errors[`items.${n}.points`]}>
                  <View className='ct-box'>
                    <Input value={d.points} type='number' maxLength={3} placeholder='1到100' aria-label={`第${n + 1}项分值`} onChange={(v: string) => edit(n, { points: v })} />
                  </View>
                </Field>
                {items.length > 1 ? (
                  <Button className='ct-btn' type='default' onClick={() => setItems(items.filter((_, i) => i !== n))}>
                    {`删除第${n + 1}项`}
                  </Button>
                ) : null}
              </View>
            ))}
            <Button className='ct-btn' type='default' onClick={() => setItems([...items, blank()])}>
              再加一项
            </Button>
            {save.error ? <Text className='ct-field-error ct-block ct-mt'>{save.error.message}</Text> : null}
            <Button className='ct-btn ct-mt' type='primary' loading={save.busy} onClick={() => void save.run()}>
              {`保存清单（满分${total}分）`}
            </Button>
          </View>
        )}
      </RemoteView>
    </Page>
  )
}
