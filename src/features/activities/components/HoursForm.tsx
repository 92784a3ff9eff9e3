import { Text, View } from '@tarojs/components'
import Button from '../../../components/nut/button'
import Input from '../../../components/nut/input'
import FieldError from '../../../components/FieldError'
import type { RosterRow } from '../api/types'
import { scannedOf, type ManageModel } from '../hooks/useManage'
import { MINUTES_MAX, REASON_MAX, clockText, minutesText } from '../hooks/rules'

export const CHANGE_NOTE = '时长都对，就点“全部按签到时长确认”。谁的实际时长不一样，改他的分钟数并写明原因，再点最下面的“按填写的时长确认”。'
export const RAISED_NOTE = '只有扫码签到、签退的时长给积分。改多的部分只记服务时长（标为补录），不给积分。'

function scanLine(r: RosterRow): string {
  if (r.checkedOutAt) return `签到 ${clockText(r.checkedInAt)} · 签退 ${clockText(r.checkedOutAt)} · 扫码 ${minutesText(scannedOf(r))}`
  if (r.checkedInAt) return `签到 ${clockText(r.checkedInAt)} · 没有签退`
  return '没有签到'
}

function Row({ r, m }: { r: RosterRow; m: ManageModel }) {
  const edit = m.edits[r.signupId]
  const typed = edit ? edit.minutes : String(scannedOf(r))
  const changed = typed.trim() !== String(scannedOf(r))
  const error = m.hoursErrors[r.signupId]
  return (
    <View className='ac-hours__row'>
      <Text className='ct-text ct-block ac-roster__name'>{r.name}</Text>
      <Text className='ct-muted ct-block'>{scanLine(r)}</Text>
      <View className='ac-hours__edit ct-mt-xs'>
        <View className={`ct-box ac-number ac-hours__minutes ${error ? 'ct-box--error' : ''}`}>
          <Input
            type='number'
            value={typed}
            maxLength={String(MINUTES_MAX).length}
            placeholder='例如：120'
            aria-label={`${r.name}的服务分钟数`}
            onChange={(v: string) => m.edit(r.signupId, { minutes: v })}
          />
          <Text className='ac-number__unit'>分钟</Text>
        </View>
      </View>
      {changed ? (
        <View className={`ct-box ct-mt-xs ${error ? 'ct-box--error' : ''}`}>
          <Input
            value={edit?.reason ?? ''}
            maxLength={REASON_MAX}
            placeholder='为什么改：例如 忘了签退，实际服务到11点'
            aria-label={`${r.name}改动时长的原因`}
            onChange={(v: string) => m.edit(r.signupId, { reason: v })}
          />
        </View>
      ) : null}
      <FieldError message={error} />
    </View>
  )
}

/** 确认时长: each person's scanned minutes, ready to confirm as they are or to change with a reason. */
export default function HoursForm({ m }: { m: ManageModel }) {
  const data = m.roster.data
  if (!data) return null
  const done = data.confirmed.filter((r) => r.certified)
  const waiting = data.confirmed.filter((r) => !r.certified && !m.rows.includes(r))
  return (
    <View>
      {m.rows.length ? (
        <View className='ct-card'>
          <Text className='ct-title ct-block'>{`待确认 ${m.rows.length} 人`}</Text>
          <Text className='ct-muted ct-block ct-mt-xs'>{CHANGE_NOTE}</Text>
          <Text className='ct-muted ct-block ct-mt-xs'>{RAISED_NOTE}</Text>
          <Button className='ct-btn ct-mt' type='primary' loading={m.certifying} onClick={() => void m.certifyAllScanned()}>
            全部按签到时长确认
          </Button>
          <View className='ac-hours'>
            {m.rows.map((r) => (
              <Row key={r.signupId} r={r} m={m} />
            ))}
          </View>
          {m.certifyError ? <FieldError message={m.certifyError.message} /> : null}
          <Button className='ct-btn ct-mt' type='default' loading={m.certifying} onClick={() => void m.certifyTyped()}>
            按填写的时长确认
          </Button>
        </View>
      ) : (
        <View className='ct-card'>
          <Text className='ct-text ct-block'>{done.length ? '需要确认的都确认好了。' : '现在还没有可以确认的人。'}</Text>
          <Text className='ct-muted ct-block ct-mt-xs'>签退了的人可以马上确认；没签退的，活动结束后再确认。</Text>
        </View>
      )}
      {waiting.length ? (
        <>
          <Text className='ct-section-title'>{`还没签退 ${waiting.length} 人（活动结束后可以确认）`}</Text>
          <View className='ct-card ac-roster'>
            {waiting.map((r) => (
              <View key={r.signupId} className='ac-roster__row'>
                <Text className='ct-text ct-block ac-roster__name'>{r.name}</Text>
                <Text className='ct-muted ct-block'>{scanLine(r)}</Text>
              </View>
            ))}
          </View>
        </>
      ) : null}
      {done.length ? (
        <>
          <Text className='ct-section-title'>{`已确认 ${done.length} 人`}</Text>
          <View className='ct-card ac-roster'>
            {done.map((r) => (
              <View key={r.signupId} className='ac-roster__row'>
                <View className='ac-roster__who'>
                  <Text className='ct-text ac-roster__name'>{r.name}</Text>
                  <Text className='ct-tag ct-tag--green'>{`${minutesText(r.certified!.minutes)} · ${r.certified!.points}积分`}</Text>
                </View>
                {r.certified!.backfilled ? <Text className='ct-muted ct-block'>{`含补录时长${r.certified!.reason ? `：${r.certified!.reason}` : ''}`}</Text> : null}
              </View>
            ))}
          </View>
        </>
      ) : null}
    </View>
  )
}
