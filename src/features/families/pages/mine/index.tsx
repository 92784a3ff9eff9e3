import { Text, View } from '@tarojs/components'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import { useRemote } from '../../../../hooks/useRemote'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import NominationCard from '../../components/NominationCard'
import { listMine } from '../../api/listMine'
import type { NominationView } from '../../api/types'
import '../families.scss'

/** 我的推荐: the families the person nominated, with where each stands. */
export function MineScreen() {
  const mine = useRemote<NominationView[]>(listMine)
  usePullRefresh(mine.reload)
  useReloadOnShow(mine.reload)
  return (
    <Page>
      <View className='fm-head'>
        <Text className='ct-h1 ct-block'>我的推荐</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>您推荐的文明家庭和审核进度</Text>
      </View>
      <RemoteView<NominationView[]>
        remote={mine}
        rows={2}
        empty={{
          title: '还没有推荐过家庭',
          hint: '写下您家的好家风、好故事，推荐参加文明家庭评选吧',
          actionText: '去看看文明家庭评选',
          onAction: () => go(ROUTES.familyCampaign),
        }}
      >
        {(items) => (
          <View>
            {items.map((n) => (
              <NominationCard key={n.id} n={n} onOpen={() => go(withQuery(ROUTES.familyNomination, { id: n.id }))} />
            ))}
            <Button className='ct-btn ct-mt' type='primary' fill='outline' onClick={() => go(ROUTES.familyCampaign)}>
              看看文明家庭评选
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
