import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '../../../components/nut/button'
import { BINDING_STATUS_LABELS, relationLabel } from '../../../lib/labels'
import { formatWhen } from '../../../lib/time'
import type { QueueItem } from '../api/types'

export default function RequestCard(props: {
  item: QueueItem
  busy: boolean
  onApprove?: () => void
  onReject?: () => void
}) {
  const { item, busy, onApprove, onReject } = props
  const decided = item.status !== 'pending'
  return (
    <View className='ct-card cq-card'>
      <View className='ct-spread'>
        <Text className='ct-title'>{item.householdLabel}</Text>
        {decided ? (
          <Text className={`ct-tag ${item.status === 'approved' ? 'ct-tag--green' : item.status === 'rejected' ? 'ct-tag--red' : ''}`}>
            {BINDING_STATUS_LABELS[item.status] ?? '已处理'}
          </Text>
        ) : (
          <Text className='ct-tag ct-tag--blue'>待处理</Text>
        )}
      </View>
      <Text className='ct-text ct-block ct-mt-xs'>{`${item.applicantName} · 申请作为${relationLabel(item.relation)}`}</Text>
      {item.applicantPhone ? (
        <Text className='ct-link ct-block cq-phone' onClick={() => void Taro.makePhoneCall({ phoneNumber: item.applicantPhone! }).catch(() => undefined)}>
          {`电话 ${item.applicantPhone}（点一下拨打）`}
        </Text>
      ) : null}
      <Text className='ct-muted ct-block'>{`${formatWhen(item.requestedAt)}提交`}</Text>
      {decided && item.reason ? <Text className='ct-muted ct-block'>{`拒绝原因：${item.reason}`}</Text> : null}
      {!decided ? (
        <View className='ct-btn-row ct-mt'>
          <Button className='ct-btn' type='default' disabled={busy} onClick={onReject}>
            拒绝
          </Button>
          <Button className='ct-btn' type='primary' disabled={busy} onClick={onApprove}>
            同意
          </Button>
        </View>
      ) : null}
    </View>
  )
}
