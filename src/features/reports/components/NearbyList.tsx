import { Text, View } from '@tarojs/components'
import Button from '../../../components/nut/button'
import { ROUTES, go, withQuery } from '../../../lib/routes'
import { formatWhen } from '../../../lib/time'
import type { Id, NearbyReport } from '../api/types'
import StatusTag from '../../../components/StatusTag'

/** Open reports of the same kind within 50 m: "me too" instead of a second report. */
export default function NearbyList({ items, busy, onMeToo }: { items: NearbyReport[]; busy: boolean; onMeToo: (id: Id) => void }) {
  return (
    <View className='ct-card rp-nearby' role='region' aria-label='附近50米内已有同类问题'>
      <Text className='ct-title ct-block'>附近50米内已有同类问题</Text>
      <Text className='ct-muted ct-block ct-mt-xs'>如果是同一个问题，点“我也遇到”就好，不用重复提交；办理进展会一起告诉您。</Text>
      {items.map((n) => (
        <View key={n.id} className='rp-nearby__item'>
          <View role='link' onClick={() => go(withQuery(ROUTES.reportDetail, { id: n.id }))}>
            <View className='ct-spread'>
              <Text className='ct-text'>{`${n.category} · ${n.distance < 5 ? '就在这里' : `相距${n.distance}米`}`}</Text>
              <StatusTag status={n.status} label={n.statusLabel} />
            </View>
            <Text className='ct-text ct-block'>{n.description}</Text>
            <Text className='ct-muted ct-block'>{`${n.address} · ${formatWhen(n.submittedAt)}反映${n.followers ? ` · ${n.followers}人也遇到` : ''}`}</Text>
          </View>
          <Button className='ct-btn ct-mt-xs' type='primary' fill='outline' disabled={busy} onClick={() => onMeToo(n.id)}>
            我也遇到
          </Button>
        </View>
      ))}
    </View>
  )
}
