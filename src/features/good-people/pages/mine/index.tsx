import { Text, View } from '@tarojs/components'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import { useRemote } from '../../../../hooks/useRemote'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import StatusTag from '../../components/StatusTag'
import TitleBadges from '../../components/TitleBadges'
import { listMine } from '../../api/listMine'
import type { GoodPersonView } from '../../api/types'
import '../good-people.scss'

/** A line under the status when the nominator has something to do or to know. */
function hint(p: GoodPersonView): string {
  if (p.status === 'awaiting_consent') return `等${p.nomineeName}同意：在小程序消息里，或用确认码`
  if (p.status === 'changes_requested') return `审核意见：${p.reviewNote ?? '请修改事迹'}。点开修改`
  if (p.status === 'rejected' && p.reviewNote) return `原因：${p.reviewNote}`
  if (p.status === 'approved') return `${p.supports}人点赞`
  return ''
}

export function MineScreen() {
  const mine = useRemote<GoodPersonView[]>(listMine)
  usePullRefresh(mine.reload)
  // back from a nomination: its status may have moved
  useReloadOnShow(mine.reload)
  return (
    <Page>
      <View className='gp-head'>
        <Text className='ct-h1 ct-block'>我推荐的好人</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>您推荐的人和推荐的进展</Text>
      </View>
      <RemoteView<GoodPersonView[]>
        remote={mine}
        rows={3}
        empty={{
          title: '还没有推荐过好人',
          hint: '身边有热心帮忙、孝老爱亲、见义勇为的人吗？推荐他（她），让更多人看到。',
          actionText: '推荐身边好人',
          onAction: () => go(ROUTES.goodPeopleNominate),
        }}
      >
        {(list) => (
          <View>
            {list.map((p) => {
              const line = hint(p)
              return (
                <View
                  key={p.id}
                  className='ct-card ct-card--tap'
                  role='button'
                  onClick={() => go(withQuery(ROUTES.goodPersonDetail, { id: p.id }))}
                >
                  <View className='ct-spread'>
                    <Text className='ct-title'>{p.nomineeName}</Text>
                    <StatusTag status={p.status} label={p.statusLabel} />
                  </View>
                  <Text className='ct-muted ct-block ct-mt-xs'>{p.categoryName}</Text>
                  <TitleBadges titles={p.titles} />
                  {line ? <Text className={`ct-block ct-mt-xs ${p.status === 'changes_requested' ? 'gp-todo' : 'ct-text'}`}>{line}</Text> : null}
                </View>
              )
            })}
            <Button className='ct-btn ct-mt' type='primary' onClick={() => go(ROUTES.goodPeopleNominate)}>
              再推荐一位
            </Button>
          </View>
        )}
      </RemoteView>
    </Page>
  )
}

export default function MinePage() {
  return <MineScreen />
}
