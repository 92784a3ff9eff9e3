import { Text, View } from '@tarojs/components'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import ListItem from '../../../../components/ListItem'
import Button from '../../../../components/nut/button'
import { useRemote, type Remote } from '../../../../hooks/useRemote'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import { getRewards } from '../../api/getRewards'
import type { MallView, RewardCard } from '../../api/types'
import '../../mall.scss'

export function stockText(r: RewardCard): string {
  return r.stock > 0 ? `还剩${r.stock}件` : '已兑完'
}

/** 积分超市: the caller's balance, then what can be redeemed now. */
export function MallScreen({ remote }: { remote: Remote<MallView> }) {
  return (
    <Page>
      <RemoteView<MallView> remote={remote} rows={3} isEmpty={() => false}>
        {(m) => (
          <View>
            <View className='ct-card'>
              <Text className='ct-muted ct-block'>我的积分</Text>
              <Text className='mall-balance ct-block'>{m.balance}</Text>
              <Button className='ct-btn ct-mt' type='default' onClick={() => go(ROUTES.mallMine)}>
                我的兑换
              </Button>
            </View>
            <Text className='ct-section-title'>可以兑换的</Text>
            {m.rewards.length === 0 ? (
              <View className='ct-card'>
                <Text className='ct-text ct-block'>实践站还没有上架礼品。</Text>
                <Text className='ct-muted ct-block ct-mt-xs'>先去参加志愿服务攒积分，上架了会第一时间看到。</Text>
              </View>
            ) : (
              m.rewards.map((r) => (
                <ListItem key={r.id} title={r.name} note={`${r.kindLabel} · ${r.price}积分 · ${stockText(r)} · ${r.stationName}`} onClick={() => go(withQuery(ROUTES.mallDetail, { id: r.id }))} />
              ))
            )}
          </View>
        )}
      </RemoteView>
    </Page>
  )
}

export default function MallListPage() {
  const remote = useRemote(getRewards)
  useReloadOnShow(remote.reload)
  usePullRefresh(remote.reload)
  return <MallScreen remote={remote} />
}
