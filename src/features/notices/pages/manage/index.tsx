import { Text, View } from '@tarojs/components'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import ManagedCard from '../../components/ManagedCard'
import { useManaged } from '../../hooks/useManaged'
import type { ManagedNotice } from '../../api/types'
import '../notices.scss'

export function ManageScreen() {
  const m = useManaged()
  usePullRefresh(m.reload)
  // back from receipts or the form: counts and notices may have changed
  useReloadOnShow(m.reload)
  const scope = (m.buildings.data ?? []).map((b) => `${b.communityName}${b.name}`)
  return (
    <Page>
      <View className='nt-head'>
        <Text className='ct-h1 ct-block'>楼栋通知管理</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>
          {scope.length ? `${scope.length > 3 ? `${scope.slice(0, 3).join('、')} 等 ${scope.length} 栋楼` : scope.join('、')}：发通知，看谁家读了、谁家点了收到。` : '发通知给负责的楼栋，看谁家读了、谁家点了收到。'}
        </Text>
      </View>
      {m.canPost ? (
        <Button className='ct-btn nt-post-btn' type='primary' size='large' onClick={() => go(ROUTES.noticePost)}>
          发通知
        </Button>
      ) : null}
      <RemoteView<ManagedNotice[]>
        remote={m.notices}
        rows={3}
        empty={
          m.noScope
            ? { title: '您还没有负责的楼栋', hint: '楼长可以给自己负责的楼栋发通知，社区工作人员可以给本社区的楼栋发通知。' }
            : { title: '还没有发过通知', hint: '停水停电、楼道清理、开会通知……点上面的“发通知”，楼里的住户会在“消息”里收到。' }
        }
      >
        {(list) => (
          <View>
            {list.map((n) => (
              <ManagedCard key={n.id} n={n} onOpen={() => go(withQuery(ROUTES.noticeReceipts, { id: n.id }))} />
            ))}
          </View>
        )}
      </RemoteView>
    </Page>
  )
}

export default function ManagePage() {
  return <ManageScreen />
}
