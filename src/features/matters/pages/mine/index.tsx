import { Text, View } from '@tarojs/components'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { useRemote } from '../../../../hooks/useRemote'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import { listMine } from '../../api/listMine'
import type { MatterView } from '../../api/types'
import MatterCard from '../../components/MatterCard'
import '../matters.scss'

export function MineScreen() {
  const mine = useRemote<MatterView[]>(listMine)
  usePullRefresh(mine.reload)
  // back from a matter: the captain may have answered meanwhile
  useReloadOnShow(mine.reload)
  return (
    <Page>
      <View className='mt-head'>
        <Text className='ct-h1 ct-block'>我找楼长的事</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>您反映给楼长的事、楼长的回复和处理结果</Text>
      </View>
      <RemoteView<MatterView[]>
        remote={mine}
        rows={3}
        empty={{
          title: '还没有找过楼长',
          hint: '楼道杂物、垃圾、噪音、邻里矛盾，都可以告诉楼长。',
          actionText: '找楼长',
          onAction: () => go(ROUTES.matterRaise),
        }}
      >
        {(list) => (
          <View>
            {list.map((m) => (
              <MatterCard key={m.id} m={m} onOpen={() => go(withQuery(ROUTES.matterDetail, { id: m.id }))} />
            ))}
            <Button className='ct-btn ct-mt' type='primary' onClick={() => go(ROUTES.matterRaise)}>
              再找楼长
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
