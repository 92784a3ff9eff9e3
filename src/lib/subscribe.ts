import Taro from '@tarojs/taro'
import { call } from './cloud'
import type { Topic } from '../../server/modules/inbox/contracts'

export type { Topic }

let templates: Partial<Record<Topic, string>> | undefined

/** Fetches the county's template ids once, at launch: WeChat only shows its dialog straight from a tap, with no wait in between. */
export function prefetchSubscribeTemplates(): void {
  if (process.env.TARO_ENV !== 'weapp' || templates) return
  call<Partial<Record<Topic, string>>>('inbox', 'subscribeTemplates', {})
    .then((ids) => (templates = ids))
    .catch(() => undefined)
}

/**
 * At the tap that makes news likely (submitting a report, signing up…), asks
 * whether WeChat may tell the person. Never blocks or fails the tap: a refusal,
 * an old WeChat or the H5 build simply leaves the news in the inbox.
 */
export function askToSubscribe(topics: Topic[]): void {
  if (process.env.TARO_ENV !== 'weapp' || !templates) return
  const wanted = topics.flatMap((topic) => (templates?.[topic] ? [{ topic, id: templates[topic] as string }] : []))
  if (wanted.length === 0) return
  Taro.requestSubscribeMessage({ tmplIds: wanted.map((w) => w.id), entityIds: [] })
    .then((answer) => {
      const accepted = wanted.filter((w) => (answer as unknown as Record<string, string>)[w.id] === 'accept').map((w) => w.topic)
      if (accepted.length > 0) return call('inbox', 'subscribed', { topics: accepted })
      return undefined
    })
    .catch(() => undefined)
}
