import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import StatusTag from '../../../../components/StatusTag'
import Button from '../../../../components/nut/button'
import { useAction } from '../../../../hooks/useAction'
import { useRemote } from '../../../../hooks/useRemote'
import { toastOk } from '../../../../lib/feedback'
import { go, ROUTES, withQuery } from '../../../../lib/routes'
import { getRound, publishRound } from '../../api/inspections'
import type { RoundView } from '../../api/types'
import { dayText, rateText, rateTone } from '../../words'
import '../../inspections.scss'

/** One round for the command centre: each site, its team and its score; 通报 when the visits are done. */
export default function RoundPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const round = useRemote(() => getRound(id), [id])
  const [asking, setAsking] = useState(false)
  const publish = useAction(async () => {
    await publishRound(id)
    toastOk('已通报')
    go(withQuery(ROUTES.bulletin, { id }))
  })
  return (
    <Page>
      <RemoteView<RoundView> remote={round} rows={3}>
        {(r) => (
          <View>
            <View className='ct-card'>
              <Text className='ct-h1 ct-block'>{r.title}</Text>
              <Text className='ct-muted ct-block ct-mt-xs'>{`${r.kindLabel} · 已查${r.inspected}/${r.sites}个点位 · 发现的问题${r.fixHours}小时内整改`}</Text>
              {r.status === 'published' ? (
                <Button className='ct-btn ct-mt' type='primary' onClick={() => go(withQuery(ROUTES.bulletin, { id: r.id }))}>
                  {`查看督查通报（${dayText(r.publishedAt)}）`}
                </Button>
              ) : asking ? (
                <View className='ct-mt'>
                  <Text className='ct-text ct-block'>{`通报后，全县都能看到各点位的得分和排名${r.inspected < r.sites ? `；还有${r.sites - r.inspected}个点位没查，不计入排名` : ''}。确定通报吗？`}</Text>
                  <View className='ct-btn-row ct-mt'>
                    <Button className='ct-btn' type='primary' loading={publish.busy} onClick={() => void publish.run()}>
                      确认通报
                    </Button>
                    <Button className='ct-btn' type='default' onClick={() => setAsking(false)}>
                      再等等
                    </Button>
                  </View>
                </View>
              ) : (
                <Button className='ct-btn ct-mt' type='primary' disabled={r.inspected === 0} onClick={() => setAsking(true)}>
                  {r.inspected === 0 ? '查完点位后才能通报' : '发布督查通报'}
                </Button>
              )}
            </View>
            <Text className='ct-section-title'>点位</Text>
            {r.assignments.map((a) => (
              <View key={a.site.id} className='ct-card'>
                <View className='ct-spread'>
                  <Text className='ct-title'>{a.site.name}</Text>
                  {a.inspection ? <StatusTag status={rateTone(a.inspection.rate)} label={rateText(a.inspection.rate)} /> : <StatusTag status='submitted' label='未查' />}
                </View>
                <Text className='ct-muted ct-block ct-mt-xs'>{`${a.site.siteType} · ${a.site.community} · ${a.site.department}`}</Text>
                <Text className='ct-muted ct-block'>{`督查员：${a.inspectors.join('、')}`}</Text>
                {a.inspection ? <Text className='ct-text ct-block ct-mt-xs'>{`得${a.inspection.score}/${a.inspection.maxScore}分，${a.inspection.failed}项不合格已转为整改案件`}</Text> : null}
              </View>
            ))}
          </View>
        )}
      </RemoteView>
    </Page>
  )
}
