import { Text, View } from '@tarojs/components'
import Button from '../../../components/nut/button'
import type { ActivityView } from '../api/types'
import type { ActivityModel } from '../hooks/useActivity'
import { useCheck } from '../hooks/useCheck'
import { checkInOpensText, checkStage, clockText, hoursOf, isFull, minutesText } from '../hooks/rules'
import CheckPanel from './CheckPanel'

function Notice({ tone = 'info', children }: { tone?: 'info' | 'ok' | 'alert' | 'plain'; children: string }) {
  return (
    <View className={`ac-notice ac-notice--${tone}`} role='status'>
      <Text className='ct-text'>{children}</Text>
    </View>
  )
}

/** The hours the organiser confirmed, and the points they earned. */
function Certified({ me }: { me: NonNullable<ActivityView['me']> }) {
  if (me.certifiedMinutes === null) return null
  return (
    <View className='ac-earned' role='status'>
      <Text className='ct-muted ct-block'>组织者已确认您的服务时长</Text>
      <View className='ac-earned__row'>
        <View className='ac-earned__item'>
          <Text className='ac-earned__value'>{hoursOf(me.certifiedMinutes)}</Text>
          <Text className='ac-earned__unit'>小时</Text>
        </View>
        <View className='ac-earned__item'>
          <Text className='ac-earned__value'>{me.points ?? 0}</Text>
          <Text className='ac-earned__unit'>积分</Text>
        </View>
      </View>
      <Text className='ct-muted ct-block'>{`服务时长 ${minutesText(me.certifiedMinutes)}，已计入您的志愿服务记录。`}</Text>
    </View>
  )
}

/** Checked in and out: when, and the minutes the scans count. */
function Scans({ me }: { me: NonNullable<ActivityView['me']> }) {
  if (!me.checkedInAt) return null
  return (
    <View className='ac-scans'>
      <View className='ac-fact'>
        <Text className='ac-fact__key'>签到</Text>
        <Text className='ac-fact__value'>{clockText(me.checkedInAt)}</Text>
      </View>
      <View className='ac-fact'>
        <Text className='ac-fact__key'>签退</Text>
        <Text className='ac-fact__value'>{me.checkedOutAt ? clockText(me.checkedOutAt) : '还没签退'}</Text>
      </View>
      {me.scannedMinutes !== null ? (
        <View className='ac-fact'>
          <Text className='ac-fact__key'>扫码时长</Text>
          <Text className='ac-fact__value'>{minutesText(me.scannedMinutes)}</Text>
        </View>
      ) : null}
    </View>
  )
}

/** At the activity: check in, then out; afterwards, the scanned minutes and, once certified, hours and points. */
function Attendance({ a, m }: { a: ActivityView; m: ActivityModel }) {
  const c = useCheck(a, () => m.detail.reload())
  const me = a.me as NonNullable<ActivityView['me']>
  const stage = checkStage(a, m.now)
  const started = m.now >= new Date(a.startsAt).getTime()
  return (
    <View>
      <Scans me={me} />
      {stage === 'before' ? (
        <Notice tone='ok'>{`报名成功！请按时到场。${checkInOpensText(a.startsAt, m.now)}起可以签到，到时扫组织者手机上的签到码。`}</Notice>
      ) : null}
      {stage === 'check_in' ? (
        <>
          <Text className='ct-text ct-block ac-part__lead'>到了现场，请签到</Text>
          <CheckPanel c={c} direction='in' requireNearby={a.requireNearby} />
        </>
      ) : null}
      {stage === 'check_out' ? (
        started ? (
          <>
            <Text className='ct-text ct-block ac-part__lead'>活动结束时，请签退</Text>
            <CheckPanel c={c} direction='out' requireNearby={a.requireNearby} />
          </>
        ) : (
          <Notice tone='ok'>{`已签到。活动开始（${clockText(a.startsAt)}）后，结束时记得再扫一次码签退。`}</Notice>
        )
      ) : null}
      {stage === 'done' && me.certifiedMinutes === null ? <Notice>服务时长等组织者确认，确认后计入您的志愿服务记录，并发放积分。</Notice> : null}
      {stage === 'missed' && me.certifiedMinutes === null ? (
        <Notice tone='plain'>{me.checkedInAt ? '签退时间已过。漏签退的时长请联系组织者补录。' : '签到时间已过。如果您到了现场，请联系组织者补录时长。'}</Notice>
      ) : null}
      <Certified me={me} />
    </View>
  )
}

/** What I can do about this activity, in one card: sign up, wait, cancel, check in and out, see my hours. */
export default function MyPart({ a, m }: { a: ActivityView; m: ActivityModel }) {
  const me = a.me
  const beforeDeadline = m.now <= new Date(a.signupDeadline).getTime()
  let body
  if (a.status === 'cancelled') {
    body = <Notice tone='alert'>这场活动已经取消了。已报名的人都收到了通知。</Notice>
  } else if (!me) {
    body = a.cannotSignUp ? (
      <Notice tone='plain'>{a.cannotSignUp}</Notice>
    ) : (
      <View>
        {isFull(a) ? <Text className='ct-muted ct-block'>名额已满。加入候补后，有人取消时按先后顺序递补，递补成功会通知您。</Text> : null}
        <Button className='ct-btn ct-mt' type='primary' size='large' loading={m.signingUp} onClick={() => void m.signUp()}>
          {isFull(a) ? '加入候补' : '报名'}
        </Button>
      </View>
    )
  } else if (me.status === 'waitlisted') {
    body = (
      <View>
        <View className='ac-place' role='status'>
          <Text className='ct-muted'>您在候补第</Text>
          <Text className='ac-place__n'>{me.waitlistPosition ?? '-'}</Text>
          <Text className='ct-muted'>位</Text>
        </View>
        <Text className='ct-muted ct-block ct-mt-xs'>有人取消时按先后顺序递补，递补成功会通知您。</Text>
        {beforeDeadline ? (
          <Button className='ct-btn ct-mt' type='default' onClick={() => m.openSheet('cancel')}>
            退出候补
          </Button>
        ) : null}
      </View>
    )
  } else {
    body = (
      <View>
        <Attendance a={a} m={m} />
        {!me.checkedInAt && m.now < new Date(a.endsAt).getTime() ? (
          beforeDeadline ? (
            <Button className='ct-btn ct-mt-lg' type='default' onClick={() => m.openSheet('cancel')}>
              取消报名
            </Button>
          ) : (
            <Text className='ct-muted ct-block ct-mt'>报名已截止，不能在这里取消了；去不了请告诉组织者。</Text>
          )
        ) : null}
      </View>
    )
  }
  return (
    <View className='ct-card'>
      <Text className='ct-title ct-block ac-part__title'>我的报名</Text>
      {body}
    </View>
  )
}
