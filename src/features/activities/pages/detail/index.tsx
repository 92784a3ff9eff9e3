import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useShare } from '../../../../hooks/useShare'
import BrokenLink from '../../../../components/BrokenLink'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Sheet from '../../../../components/Sheet'
import Button from '../../../../components/nut/button'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import ActivityFacts from '../../components/ActivityFacts'
import MyPart from '../../components/MyPart'
import SpeakerList from '../../components/SpeakerList'
import { useActivity } from '../../hooks/useActivity'
import type { ActivityView, Id } from '../../api/types'
import '../activities.scss'

/** What giving the place back does, said before the person confirms. */
export function cancelHint(a: ActivityView): string {
  if (a.me?.status === 'waitlisted') return '退出后您就不在候补名单里了；再报名要重新排队。'
  return a.waitlisted > 0
    ? '取消后，您的名额会让给候补的第一位，并通知他（她）。截止前还可以再报名，但名额满了就只能候补。'
    : '取消后名额会空出来，别人可以报名。截止前您还可以再报名。'
}

/** Opened without an id (a cut-off link), the page says so before asking the server anything. */
export function DetailScreen({ activityId }: { activityId: Id | undefined }) {
  if (!activityId) {
    return (
      <Page>
        <BrokenLink hint='请回到首页，从“志愿活动”重新进入。' />
      </Page>
    )
  }
  return <LoadedDetail activityId={activityId} />
}

function LoadedDetail({ activityId }: { activityId: Id }) {
  const m = useActivity(activityId)
  usePullRefresh(m.detail.reload)
  // back from the organiser's pages, or from the inbox: seats and hours may have changed
  useReloadOnShow(m.detail.reload)
  const d = m.detail.data
  useShare(() => ({
    title: d ? `一起来参加：${d.title}` : '志愿活动',
    path: withQuery(ROUTES.activityDetail, { id: activityId }),
  }))
  return (
    <Page>
      <RemoteView<ActivityView> remote={m.detail} rows={4} isEmpty={() => false}>
        {(a) => (
          <View>
            <ActivityFacts a={a} now={m.now} />
            <MyPart a={a} m={m} />
            <View className='ct-card'>
              <Text className='ct-title ct-block ac-part__title'>活动介绍</Text>
              <Text className='ct-text ct-block ac-description'>{a.description}</Text>
            </View>
            <SpeakerList speakers={a.speakers ?? []} />
            {a.canManage ? (
              <View className='ct-card'>
                <Text className='ct-title ct-block'>您是这场活动的组织者</Text>
                <Text className='ct-muted ct-block ct-mt-xs'>查看报名名单，现场出示签到码，活动后确认每个人的服务时长。</Text>
                <Button className='ct-btn ct-mt' type='primary' onClick={() => go(withQuery(ROUTES.activityManage, { id: a.id }))}>
                  管理活动
                </Button>
              </View>
            ) : null}
            <View className='ct-links'>
              <View className='ct-link' role='link' onClick={() => go(ROUTES.activityList)}>
                全部活动
              </View>
              <View className='ct-link' role='link' onClick={() => go(withQuery(ROUTES.activityList, { tab: 'mine' }))}>
                我的报名
              </View>
            </View>
            {m.sheet === 'cancel' ? (
              <Sheet
                title={a.me?.status === 'waitlisted' ? '退出候补？' : '取消报名？'}
                hint={cancelHint(a)}
                confirmText={a.me?.status === 'waitlisted' ? '确认退出候补' : '确认取消报名'}
                cancelText='不取消了'
                busy={m.busy}
                error={m.error?.message}
                onCancel={m.closeSheet}
                onConfirm={() => void m.cancel(a.me?.status === 'waitlisted')}
              />
            ) : null}
          </View>
        )}
      </RemoteView>
    </Page>
  )
}

export default function DetailPage() {
  const { params } = useRouter()
  return <DetailScreen activityId={params.id} />
}
