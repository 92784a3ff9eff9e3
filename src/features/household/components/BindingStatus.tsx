import { Text, View } from '@tarojs/components'
import Button from '../../../components/nut/button'
import { relationLabel } from '../../../lib/labels'
import { formatWhen } from '../../../lib/time'
import type { MyBinding } from '../api/types'

/** Where the person stands: bound, waiting for the captain, or last time's answer. */
export default function BindingStatus({ b, onCancel, cancelling }: { b: MyBinding; onCancel: () => void; cancelling: boolean }) {
  const rejected = b.lastDecision && b.lastDecision.status === 'rejected' ? b.lastDecision : null
  return (
    <View>
      {b.current ? (
        <View className='ct-card hh-status hh-status--ok'>
          <Text className='ct-tag ct-tag--green'>已绑定</Text>
          <Text className='ct-title ct-block ct-mt-xs'>{b.current.label}</Text>
          <Text className='ct-muted ct-block'>{`${relationLabel(b.current.relation)} · ${formatWhen(b.current.decidedAt ?? b.current.requestedAt)}通过`}</Text>
        </View>
      ) : null}
      {b.pending ? (
        <View className='ct-card hh-status'>
          <Text className='ct-tag ct-tag--blue'>等待楼长审核</Text>
          <Text className='ct-title ct-block ct-mt-xs'>{b.pending.label}</Text>
          <Text className='ct-muted ct-block'>{`${relationLabel(b.pending.relation)} · ${formatWhen(b.pending.requestedAt)}提交`}</Text>
          <Text className='ct-text ct-block ct-mt-xs'>楼长核实后就会通过，请耐心等待。</Text>
          <Button className='ct-btn ct-mt' type='default' loading={cancelling} onClick={onCancel}>
            撤回申请
          </Button>
        </View>
      ) : null}
      {!b.pending && rejected ? (
        <View className='ct-card hh-status hh-status--bad'>
          <Text className='ct-tag ct-tag--red'>上次申请未通过</Text>
          <Text className='ct-title ct-block ct-mt-xs'>{rejected.label}</Text>
          <Text className='ct-text ct-block ct-mt-xs'>{`楼长说明：${rejected.reason || '未填写'}`}</Text>
          <Text className='ct-muted ct-block ct-mt-xs'>核对后可以在下面重新申请。</Text>
        </View>
      ) : null}
    </View>
  )
}
