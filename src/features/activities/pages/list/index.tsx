import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useShare } from '../../../../hooks/useShare'
import Page from '../../../../components/Page'
import RemoteView, { type EmptyProps } from '../../../../components/RemoteView'
import Tabs from '../../../../components/Tabs'
import Button from '../../../../components/nut/button'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import ActivityCardView from '../../components/ActivityCardView'
import { useActivityList } from '../../hooks/useActivityList'
import type { ActivityCard, ListFilter } from '../../api/types'
import '../activities.scss'

export function ListScreen({ initialTab }: { initialTab?: string }) {
  const l = useActivityList(initialTab)
  usePullRefresh(l.reload)
  // back from an activity: seats and my place may have changed
  useReloadOnShow(l.activities.reload)
  useShare(() => ({ title: '志愿活动：一起来参加吧', path: ROUTES.activityList }))

  const empty: Record<ListFilter, EmptyProps> = {
    open: { title: '近期没有可以报名的活动', hint: '志愿队和社区发布新活动后会出现在这里，过几天再来看看吧。' },
    mine: { title: '您还没有报名活动', hint: '在“可报名”里挑一场感兴趣的活动，点进去就能报名。', actionText: '看看可报名的活动', onAction: () => l.setTab('open') },
    manage: { title: '您还没有发布过活动', hint: '点上面的“发布活动”，招募志愿者一起来参加。' },
  }
  return (
    <Page>
      <View className='ac-head'>
        <Text className='ct-h1 ct-block'>志愿活动</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>报名参加身边的志愿服务和社区活动，到场扫码签到，服务时长和积分都有记录。</Text>
      </View>
      {l.organises ? (
        <Button className='ct-btn ac-publish' type='primary' size='large' onClick={() => go(ROUTES.activityCreate)}>
          发布活动
        </Button>
      ) : null}
      <Tabs tabs={l.tabs} value={l.tab} onChange={l.setTab} />
      <RemoteView<ActivityCard[]> remote={l.activities} rows={3} empty={empty[l.tab]}>
        {(list) => (
          <View>
            {list.map((a) => (
              <ActivityCardView
                key={a.id}
                a={a}
                onOpen={() => go(withQuery(l.tab === 'manage' ? ROUTES.activityManage : ROUTES.activityDetail, { id: a.id }))}
              />
            ))}
          </View>
        )}
      </RemoteView>
    </Page>
  )
}

export default function ListPage() {
  const { params } = useRouter()
  return <ListScreen initialTab={params.tab} />
}
