import { Text, View } from '@tarojs/components'
import Page from '../../../../components/Page'
import QrCode from '../../../../components/QrCode'
import RemoteView from '../../../../components/RemoteView'
import StatusTag from '../../../../components/StatusTag'
import { useRemote, type Remote } from '../../../../hooks/useRemote'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { ROUTES, go } from '../../../../lib/routes'
import { getMine } from '../../api/getMine'
import type { RedemptionView } from '../../api/types'
import { dayText, spacedDigits, STATUS_OF_STATE } from '../../words'
import '../../mall.scss'

function RedemptionCard({ d }: { d: RedemptionView }) {
  return (
    <View className='ct-card' role='group' aria-label={`${d.rewardName}，${d.stateLabel}`}>
      <View className='ct-row'>
        <Text className='ct-title ct-grow'>{d.rewardName}</Text>
        <StatusTag status={STATUS_OF_STATE[d.state]} label={d.stateLabel} />
      </View>
      <Text className='ct-muted ct-block ct-mt-xs'>{`${d.price}积分 · ${dayText(d.createdAt)}兑换 · ${d.stationName}`}</Text>
      {d.code ? (
        <View className='ct-mt'>
          <Text className='ct-text ct-block'>{d.delivery ? '工作人员会送上门，请把取货码给他们看' : `请在${dayText(d.expiresAt)}前到${d.stationName}领取，给工作人员看取货码`}</Text>
          <QrCode text={d.code.qr} label={`${d.rewardName}的取货二维码`} />
          <Text className='mall-digits ct-block' aria-label={`取货码 ${d.code.digits.split('').join(' ')}`}>
            {spacedDigits(d.code.digits)}
          </Text>
        </View>
      ) : null}
      {d.cancelReason ? <Text className='ct-muted ct-block ct-mt-xs'>{`取消原因：${d.cancelReason}（积分已退回）`}</Text> : null}
      {d.state === 'expired' ? <Text className='ct-muted ct-block ct-mt-xs'>过了领取期限，积分已退回</Text> : null}
    </View>
  )
}

export function MineScreen({ remote }: { remote: Remote<RedemptionView[]> }) {
  return (
    <Page>
      <RemoteView<RedemptionView[]>
        remote={remote}
        rows={3}
        isEmpty={(list) => list.length === 0}
        empty={{ title: '还没有兑换过', hint: '去积分超市看看，用积分换礼品、书籍和服务。', actionText: '去积分超市', onAction: () => go(ROUTES.mallList) }}
      >
        {(list) => (
          <View>
            {list.map((d) => (
              <RedemptionCard key={d.id} d={d} />
            ))}
          </View>
        )}
      </RemoteView>
    </Page>
  )
}

export default function MyRedemptionsPage() {
  const remote = useRemote(getMine)
  useReloadOnShow(remote.reload)
  usePullRefresh(remote.reload)
  return <MineScreen remote={remote} />
}
