import { Text, View } from '@tarojs/components'
import type { ReceiptsView } from '../api/types'

type Unit = ReceiptsView['units'][number]
type Household = Unit['households'][number]

export type HouseholdState = 'acknowledged' | 'read' | 'unread' | 'unbound'

export const STATE_TEXT: Record<HouseholdState, string> = {
  acknowledged: '收到',
  read: '已读',
  unread: '未读',
  unbound: '未绑定',
}

/** 收到 implies read; a household nobody has bound to yet cannot read it (unless someone did before moving out). */
export function householdState(h: Household): HouseholdState {
  if (h.acknowledgedAt) return 'acknowledged'
  if (h.readAt) return 'read'
  return h.bound ? 'unread' : 'unbound'
}

export function unitCounts(u: Unit): Record<HouseholdState, number> {
  const c: Record<HouseholdState, number> = { acknowledged: 0, read: 0, unread: 0, unbound: 0 }
  u.households.forEach((h) => (c[householdState(h)] += 1))
  return c
}

/** One unit: its households as tiles, room number and where each stands. */
export default function UnitReceipts({ unit, only }: { unit: Unit; only?: HouseholdState[] }) {
  const c = unitCounts(unit)
  const shown = only ? unit.households.filter((h) => only.includes(householdState(h))) : unit.households
  return (
    <View className='ct-card nt-unit'>
      <View className='ct-spread'>
        <Text className='ct-title'>{unit.unitName}</Text>
        <Text className='ct-muted'>{`已读 ${c.read + c.acknowledged}/${unit.households.length} 户`}</Text>
      </View>
      {shown.length ? (
        <View className='nt-rooms' role='list'>
          {shown.map((h) => {
            const s = householdState(h)
            return (
              <View key={h.householdId} className={`nt-room nt-room--${s}`} role='listitem' aria-label={`${unit.unitName}${h.room}：${STATE_TEXT[s]}`}>
                <Text className='nt-room__no' aria-hidden='true'>
                  {h.room}
                </Text>
                <Text className='nt-room__state' aria-hidden='true'>
                  {s === 'acknowledged' ? '✓收到' : STATE_TEXT[s]}
                </Text>
              </View>
            )
          })}
        </View>
      ) : (
        <Text className='ct-muted ct-block ct-mt-xs'>这个单元没有符合的住户</Text>
      )}
    </View>
  )
}
