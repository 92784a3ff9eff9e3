import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import Page from '../../../../components/Page'
import PhotoPicker from '../../../../components/PhotoPicker'
import ReasonSheet from '../../../../components/ReasonSheet'
import RemoteView from '../../../../components/RemoteView'
import StatusTag from '../../../../components/StatusTag'
import Button from '../../../../components/nut/button'
import { useAction } from '../../../../hooks/useAction'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { useRemote } from '../../../../hooks/useRemote'
import { toastOk } from '../../../../lib/feedback'
import { go, ROUTES, withQuery } from '../../../../lib/routes'
import { getMySites, recheckFailed, recheckFinding } from '../../api/inspector'
import type { MySite } from '../../api/types'
import { dayText } from '../../words'
import '../../inspections.scss'

/** The inspector's sites: those still to visit first, then the visited ones with their findings to 复查. */
export default function MySitesPage() {
  const sites = useRemote(getMySites)
  usePullRefresh(sites.reload)
  useReloadOnShow(sites.reload)
  const recheck = useAction(async (inspectionId: string, sort: number) => {
    await recheckFinding(inspectionId, sort)
    toastOk('复查合格，案件已销号')
    await sites.reload()
  })
  // 复查未通过: which item, and the photos of what is still wrong.
  const [failing, setFailing] = useState<{ inspectionId: string; sort: number; title: string } | null>(null)
  const [photos, setPhotos] = useState<string[]>([])
  const [uploading, setUploading] = useState(false)
  const sendBack = useAction(
    async (reason: string) => {
      await recheckFailed({ inspectionId: failing!.inspectionId, sort: failing!.sort, reason, photos })
      setFailing(null)
      setPhotos([])
      toastOk('已退回责任单位重新整改')
      await sites.reload()
    },
    { toastOnError: false },
  )
  return (
    <Page>
      <View className='ct-card'>
        <Text className='ct-muted ct-block'>暗访请勿提前告知被检查单位。不合格的项目要拍照，提交时会记下您的位置。</Text>
      </View>
      <RemoteView<MySite[]> remote={sites} rows={3} empty={{ title: '现在没有要去的点位', hint: '创文办安排暗访后，点位会出现在这里，您也会收到消息。' }}>
        {(list) => (
          <View>
            {list.map((s) => (
              <View key={`${s.roundId}-${s.site.id}`} className='ct-card'>
                <View className='ct-spread'>
                  <Text className='ct-title'>{s.site.name}</Text>
                  {s.inspection ? <StatusTag status='closed' label='已查' /> : <StatusTag status='assigned' label='待暗访' />}
                </View>
                <Text className='ct-muted ct-block ct-mt-xs'>{`${s.roundTitle} · ${s.site.siteType} · ${s.site.address}`}</Text>
                {s.partners.length ? <Text className='ct-muted ct-block'>{`同组：${s.partners.join('、')}`}</Text> : null}
                {s.inspection ? (
                  <View className='ct-mt-xs'>
                    <Text className='ct-text ct-block'>{`${dayText(s.inspection.submittedAt)}查过，得${s.inspection.score}/${s.inspection.maxScore}分`}</Text>
                    {s.inspection.findings.map((f) => (
                      <View key={f.sort} className='ct-mt'>
                        <View className='ct-spread'>
                          <Text className='ct-text'>{`不合格：${f.title}`}</Text>
                          {f.rechecked ? <StatusTag status='closed' label='已复查' /> : <StatusTag status='assigned' label='整改中' />}
                        </View>
                        {f.rechecked ? null : (
                          <View>
                            <Button className='ct-btn ct-mt-xs' type='default' loading={recheck.busy} onClick={() => void recheck.run(s.inspection!.id, f.sort)}>
                              {`复查合格：${f.title}`}
                            </Button>
                            <Button className='ct-btn ct-mt-xs' type='default' onClick={() => (sendBack.clearError(), setPhotos([]), setFailing({ inspectionId: s.inspection!.id, sort: f.sort, title: f.title }))}>
                              {`仍未整改：${f.title}`}
                            </Button>
                          </View>
                        )}
                      </View>
                    ))}
                  </View>
                ) : (
                  <Button className='ct-btn ct-mt' type='primary' onClick={() => go(withQuery(ROUTES.inspectionForm, { round: s.roundId, site: s.site.id }))}>
                    开始检查
                  </Button>
                )}
              </View>
            ))}
          </View>
        )}
      </RemoteView>
      {failing ? (
        <ReasonSheet
          title={`仍未整改：${failing.title}`}
          hint='责任单位报了整改，但现场还没改好。拍下现在的样子，写明还差什么，案件会退回责任单位重新限时整改。'
          quick={['现场问题依旧', '只整改了一部分', '整改后又出现了']}
          placeholder='还差什么'
          label='还差什么'
          confirmText='退回重新整改'
          busy={sendBack.busy || uploading}
          error={sendBack.error && !sendBack.fieldErrors.photos ? sendBack.error.message : undefined}
          onConfirm={(reason) => void sendBack.run(reason)}
          onCancel={() => setFailing(null)}
        >
          <PhotoPicker
            refs={photos}
            max={3}
            addLabel={`给“${failing.title}”拍现在的照片`}
            addText='拍照（必须）'
            onAdd={(ref) => setPhotos((p) => [...p, ref])}
            onRemove={(ref) => setPhotos((p) => p.filter((x) => x !== ref))}
            onBusyChange={setUploading}
            error={sendBack.fieldErrors.photos}
          />
        </ReasonSheet>
      ) : null}
    </Page>
  )
}
