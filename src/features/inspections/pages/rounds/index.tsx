import { Text, View } from '@tarojs/components'
import ListItem from '../../../../components/ListItem'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { useRemote } from '../../../../hooks/useRemote'
import { go, ROUTES, withQuery } from '../../../../lib/routes'
import { getRounds } from '../../api/inspections'
import type { RoundSummary } from '../../api/types'
import { dayText } from '../../words'
import '../../inspections.scss'

/** 督查暗访 for the command centre: the rounds, a new one, the checklists, the published bulletins. */
export default function RoundsPage() {
  const rounds = useRemote(getRounds)
  usePullRefresh(rounds.reload)
  useReloadOnShow(rounds.reload)
  return (
    <Page>
      <View className='ct-card'>
        <Text className='ct-muted ct-block'>暗访名单只有创文办和被安排的督查员能看到，通报后才对被检查单位和居民公开。</Text>
        <View className='ct-btn-row ct-mt'>
          <Button className='ct-btn' type='primary' onClick={() => go(ROUTES.inspectionNewRound)}>
            新建一轮暗访
          </Button>
          <Button className='ct-btn' type='default' onClick={() => go(ROUTES.inspectionChecklist)}>
            检查清单
          </Button>
        </View>
        <View className='ct-btn-row ct-mt'>
          <Button className='ct-btn' type='default' onClick={() => go(ROUTES.inspectionSites)}>
            暗访点位
          </Button>
          <Button className='ct-btn' type='default' onClick={() => go(ROUTES.bulletins)}>
            督查通报
          </Button>
        </View>
      </View>
      <Text className='ct-section-title'>暗访轮次</Text>
      <RemoteView<RoundSummary[]> remote={rounds} rows={3} empty={{ title: '还没有暗访', hint: '点“新建一轮暗访”，挑选点位、安排督查员。' }}>
        {(list) => (
          <View>
            {list.map((r) => (
              <ListItem
                key={r.id}
                title={r.title}
                note={`${r.kindLabel} · ${dayText(r.createdAt)}建立 · 已查${r.inspected}/${r.sites}个点位 · ${r.status === 'published' ? `${dayText(r.publishedAt)}已通报` : '暗访中'}`}
                onClick={() => go(withQuery(ROUTES.inspectionRound, { id: r.id }))}
              />
            ))}
          </View>
        )}
      </RemoteView>
    </Page>
  )
}
