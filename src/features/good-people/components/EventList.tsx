import { Text, View } from '@tarojs/components'
import { useRemote } from '../../../hooks/useRemote'
import { ROUTES, go, withQuery } from '../../../lib/routes'
import { beijing } from '../../../lib/time'
import { listEvents } from '../api/listEvents'
import type { GoodPersonEvent, GoodPersonEvents, Id } from '../api/types'
import './EventList.scss'

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

/** 12月2日 周三 09:00 · 幸福里社区广场 (Beijing time; the year only when it is not this year) — when and where. */
export function eventLine(e: Pick<GoodPersonEvent, 'startsAt' | 'placeName'>, now: number = Date.now()): string {
  const t = beijing(e.startsAt)
  const year = t.year() === beijing(now).year() ? '' : `${t.year()}年`
  return `${year}${t.month() + 1}月${t.date()}日 ${WEEKDAYS[t.day()]} ${t.format('HH:mm')} · ${e.placeName}`
}

function Row({ e, past }: { e: GoodPersonEvent; past?: boolean }) {
  return (
    <View
      className={`gp-event ${past ? 'gp-event--past' : ''}`}
      role='link'
      hoverClass='none'
      onClick={() => go(withQuery(ROUTES.activityDetail, { id: e.activityId }))}
    >
      <View className='gp-event__body'>
        <Text className='gp-event__title'>{e.title}</Text>
        <Text className='gp-event__line'>{eventLine(e)}</Text>
        <Text className='gp-event__line'>{e.organiser}</Text>
      </View>
      <Text className='gp-event__more'>看活动 ›</Text>
    </View>
  )
}

/**
 * 参加的活动 on a good person's page: where they tell their story — coming
 * up (soonest first), then 往期 (latest first), each opening the activity.
 * Nothing at all while there are none, or if the list cannot load: the story
 * is what the page is for.
 */
export default function EventList({ goodPersonId }: { goodPersonId: Id }) {
  const events = useRemote<GoodPersonEvents>(() => listEvents(goodPersonId), [goodPersonId])
  const e = events.data
  if (!e || (!e.upcoming.length && !e.past.length)) return null
  return (
    <View className='ct-card' aria-label='参加的活动'>
      <Text className='ct-title ct-block'>参加的活动</Text>
      <Text className='ct-muted ct-block ct-mt-xs'>在这些活动里讲述自己的故事</Text>
      {e.upcoming.length ? (
        <View className='ct-mt-xs'>
          <Text className='gp-event__group'>即将举行</Text>
          {e.upcoming.map((x) => (
            <Row key={x.activityId} e={x} />
          ))}
        </View>
      ) : null}
      {e.past.length ? (
        <View className='ct-mt-xs'>
          <Text className='gp-event__group'>往期</Text>
          {e.past.map((x) => (
            <Row key={x.activityId} e={x} past />
          ))}
        </View>
      ) : null}
    </View>
  )
}
