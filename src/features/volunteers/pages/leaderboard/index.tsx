import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useShare } from '../../../../hooks/useShare'
import { useState } from 'react'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Tabs from '../../../../components/Tabs'
import { useRemote } from '../../../../hooks/useRemote'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import { getLeaderboard } from '../../api/getLeaderboard'
import type { LeaderboardPeriod, LeaderboardView } from '../../api/types'
import ShareBars from '../../components/ShareBars'
import { shortDay } from '../../hooks/format'
import '../volunteers.scss'

const PERIOD_TABS: { key: LeaderboardPeriod; text: string }[] = [
  { key: 'week', text: '本周' },
  { key: 'month', text: '本月' },
]

const PERIOD_WORDS: Record<LeaderboardPeriod, string> = { week: '本周', month: '本月' }

export function useLeaderboard(initial?: string) {
  const [period, setPeriod] = useState<LeaderboardPeriod>(initial === 'month' ? 'month' : 'week')
  const board = useRemote<LeaderboardView>(() => getLeaderboard(period), [period])
  return { period, setPeriod, board }
}

function Board({ v }: { v: LeaderboardView }) {
  const words = PERIOD_WORDS[v.period]
  return (
    <View>
      <Text className='ct-muted ct-block vo-tab-hint'>{`${shortDay(v.from)}—${shortDay(v.to)}，按队长确认的服务时长排名`}</Text>
      <Text className='ct-section-title'>志愿服务队</Text>
      <View className='ct-card'>
        {v.teams.length ? (
          <ShareBars ranked label={`${words}志愿服务队排行`} rows={v.teams.map((t) => ({ key: t.id, name: t.name, minutes: t.minutes }))} />
        ) : (
          <Text className='ct-muted ct-block'>{`${words}还没有队伍记下服务时长。`}</Text>
        )}
      </View>
      <Text className='ct-section-title'>社区</Text>
      <View className='ct-card'>
        {v.communities.length ? (
          <ShareBars ranked label={`${words}社区排行`} rows={v.communities.map((c) => ({ key: c.id, name: c.name, minutes: c.minutes }))} />
        ) : (
          <Text className='ct-muted ct-block'>{`${words}还没有社区记下服务时长。`}</Text>
        )}
      </View>
    </View>
  )
}

export function LeaderboardScreen({ l }: { l: ReturnType<typeof useLeaderboard> }) {
  return (
    <Page>
      <View className='vo-head'>
        <Text className='ct-h1 ct-block'>志愿服务排行榜</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>看看哪支队伍、哪个社区服务得最多。</Text>
      </View>
      <Tabs tabs={PERIOD_TABS} value={l.period} onChange={l.setPeriod} />
      <RemoteView<LeaderboardView>
        remote={l.board}
        rows={3}
        isEmpty={(v) => v.teams.length === 0 && v.communities.length === 0}
        empty={{
          title: `${PERIOD_WORDS[l.period]}还没有服务时长`,
          hint: '志愿活动结束、队长确认时长后，排行榜就有了。一起来参加吧！',
          actionText: '去看志愿活动',
          onAction: () => go(ROUTES.activityList),
        }}
      >
        {(v) => <Board v={v} />}
      </RemoteView>
    </Page>
  )
}

export default function LeaderboardPage() {
  const { params } = useRouter()
  const l = useLeaderboard(params.period)
  usePullRefresh(l.board.reload)
  useShare(() => ({ title: '志愿服务排行榜', path: withQuery(ROUTES.volunteerLeaderboard, { period: l.period }) }))
  return <LeaderboardScreen l={l} />
}
