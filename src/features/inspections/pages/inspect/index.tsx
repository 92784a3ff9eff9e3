import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import Page from '../../../../components/Page'
import PhotoPicker from '../../../../components/PhotoPicker'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import Input from '../../../../components/nut/input'
import { phonePosition } from '../../../../hooks/usePlace'
import { useAction } from '../../../../hooks/useAction'
import { useRemote } from '../../../../hooks/useRemote'
import { CloudError } from '../../../../lib/cloud'
import { toastOk } from '../../../../lib/feedback'
import { ensureConsent } from '../../../../lib/sensitive-consent'
import { getSiteForm, submitInspection } from '../../api/inspector'
import type { SiteForm } from '../../api/types'
import '../../inspections.scss'

interface Answer {
  passed?: boolean
  photo?: string
  note?: string
}

/**
 * 现场督查: the site's checklist item by item, each with big 合格 / 不合格
 * buttons; a failed item needs a photo (and a word, if the inspector wants).
 * With a failed item the phone's position is taken on submit (after the
 * inspector's consent); where the phone cannot tell, the site's registered
 * place stands in.
 */
export function InspectScreen({ roundId, siteId }: { roundId: string; siteId: string }) {
  const form = useRemote(() => getSiteForm(roundId, siteId), [roundId, siteId])
  const [answers, setAnswers] = useState<Record<number, Answer>>({})
  const [uploading, setUploading] = useState(false)
  const set = (sort: number, change: Partial<Answer>) => setAnswers((prev) => ({ ...prev, [sort]: { ...prev[sort], ...change } }))
  const submit = useAction(
    async (f: SiteForm) => {
      const items = f.checklist.items.map((i) => {
        const a = answers[i.sort] ?? {}
        return a.passed === false ? { sort: i.sort, passed: false, note: a.note || undefined, photo: a.photo } : { sort: i.sort, passed: true }
      })
      let place: { latitude: number; longitude: number } | undefined
      if (items.some((i) => !i.passed)) {
        if (!(await ensureConsent('precise_location'))) throw new CloudError('VALIDATION', '不合格的项目要记下位置，请同意使用位置后再提交')
        place = await phonePosition().catch(() => ({ latitude: f.site.latitude, longitude: f.site.longitude }))
      }
      const done = await submitInspection({ roundId, siteId, checklistId: f.checklist.id, ...place, items })
      toastOk(done.reportIds.length ? `已提交，${done.reportIds.length}个问题已交责任单位整改` : '已提交，全部合格')
      await Taro.navigateBack().catch(() => undefined)
    },
    { toastOnError: false },
  )
  return (
    <Page>
      <RemoteView<SiteForm> remote={form} rows={4}>
        {(f) => {
          const scored = f.checklist.items.filter((i) => answers[i.sort]?.passed !== undefined).length
          const missingPhoto = f.checklist.items.some((i) => answers[i.sort]?.passed === false && !answers[i.sort]?.photo)
          if (f.inspectionId) {
            return (
              <View className='ct-card'>
                <Text className='ct-title ct-block'>{f.site.name}</Text>
                <Text className='ct-text ct-block ct-mt-xs'>同组督查员已经提交了这个点位，不用再查了。</Text>
              </View>
            )
          }
          return (
            <View>
              <View className='ct-card'>
                <Text className='ct-h1 ct-block'>{f.site.name}</Text>
                <Text className='ct-muted ct-block ct-mt-xs'>{`${f.site.siteType} · ${f.site.address} · 责任单位：${f.site.department}`}</Text>
                <Text className='ct-muted ct-block'>{`${f.checklist.title}（第${f.checklist.version}版），共${f.checklist.items.length}项，满分${f.checklist.maxScore}分`}</Text>
              </View>
              {f.checklist.items.map((item, n) => {
                const a = answers[item.sort] ?? {}
                return (
                  <View key={item.sort} className='ct-card'>
                    <Text className='ct-title ct-block'>{`${n + 1}. ${item.title}（${item.points}分）`}</Text>
                    <Text className='ct-muted ct-block ct-mt-xs'>{`合格标准：${item.standard}`}</Text>
                    <View className='in-toggle' role='radiogroup' aria-label={`${item.title}是否合格`}>
                      <View className={`in-toggle__btn ${a.passed === true ? 'in-toggle__btn--pass' : ''}`} role='radio' aria-checked={a.passed === true} onClick={() => set(item.sort, { passed: true })}>
                        合格
                      </View>
                      <View className={`in-toggle__btn ${a.passed === false ? 'in-toggle__btn--fail' : ''}`} role='radio' aria-checked={a.passed === false} onClick={() => set(item.sort, { passed: false })}>
                        不合格
                      </View>
                    </View>
                    {a.passed === false ? (
                      <View className='ct-mt'>
                        <PhotoPicker
                          refs={a.photo ? [a.photo] : []}
                          max={1}
                          addLabel={`给“${item.title}”拍照`}
                          addText='拍照（必须）'
                          onAdd={(ref) => set(item.sort, { photo: ref })}
                          onRemove={() => set(item.sort, { photo: undefined })}
                          onBusyChange={setUploading}
                          error={submit.fieldErrors[`items.${item.sort}.photo`]}
                        />
                        <View className='ct-box ct-mt'>
                          <Input value={a.note ?? ''} maxLength={200} placeholder='问题在哪里（可不填）' aria-label={`${item.title}的问题说明`} onChange={(v: string) => set(item.sort, { note: v })} />
                        </View>
                      </View>
                    ) : null}
                  </View>
                )
              })}
              {submit.error ? <Text className='ct-field-error ct-block'>{submit.error.message}</Text> : null}
              <Button
                className='ct-btn ct-mt'
                type='primary'
                loading={submit.busy}
                disabled={scored < f.checklist.items.length || missingPhoto || uploading}
                onClick={() => void submit.run(f)}
              >
                {scored < f.checklist.items.length ? `还有${f.checklist.items.length - scored}项没打分` : missingPhoto ? '不合格的项目要拍照' : '提交检查结果'}
              </Button>
            </View>
          )
        }}
      </RemoteView>
    </Page>
  )
}

export default function InspectPage() {
  const { params } = useRouter()
  return <InspectScreen roundId={params.round ?? ''} siteId={params.site ?? ''} />
}
