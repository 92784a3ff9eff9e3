import { Text, View } from '@tarojs/components'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import { useRemote } from '../../../../hooks/useRemote'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import { formatWhen } from '../../../../lib/time'
import StatusTag from '../../../../components/StatusTag'
import { listMine } from '../../api/listMine'
import type { MyReport } from '../../api/types'
import '../reports.scss'
import './index.scss'

export function MineScreen() {
  const mine = useRemote<MyReport[]>(listMine)
  usePullRefresh(mine.reload)
  // back from a report: its status may have moved
  useReloadOnShow(mine.reload)
  return (
    <Page>
      <View className='rp-head ct-spread'>
        <View className='ct-grow'>
          <Text className='ct-h1 ct-block'>我的随手拍</Text>
          <Text className='ct-muted ct-block ct-mt-xs'>您反映的问题和办理进展</Text>
        </View>
      </View>
      <RemoteView<MyReport[]>
        remote={mine}
        rows={3}
        empty={{
          title: '还没有反映过问题',
          hint: '看到身边的乱扔垃圾、道路破损、占道经营，拍下来告诉我们吧',
          actionText: '去随手拍',
          onAction: () => go(ROUTES.report),
        }}
      >
        {(list) => (
          <View>
            {list.map((r) => (
              <View
                key={r.id}
                className='ct-card ct-card--tap'
                role='button'
                onClick={() => go(withQuery(ROUTES.reportDetail, { id: r.id }))}
              >
                <View className='ct-spread'>
                  <Text className='ct-title'>{r.category}</Text>
                  <StatusTag status={r.status} label={r.statusLabel} />
                </View>
                <Text className='ct-text ct-block ct-mt-xs'>{r.address}</Text>
                <Text className='ct-muted ct-block'>{`${formatWhen(r.submittedAt)}反映${r.anonymous ? ' · 匿名' : ''}`}</Text>
              </View>
            ))}
            <Button className='ct-btn ct-mt' type='primary' onClick={() => go(ROUTES.report)}>
              再拍一个
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
