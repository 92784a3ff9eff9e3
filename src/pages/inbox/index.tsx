import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import Page from '../../components/Page'
import RemoteView from '../../components/RemoteView'
import Button from '../../components/nut/button'
import { useAction } from '../../hooks/useAction'
import { useRemote } from '../../hooks/useRemote'
import { usePullRefresh } from '../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../hooks/useReloadOnShow'
import { refreshInboxBadge, showInboxBadge } from '../../hooks/useInboxBadge'
import { useTabPage } from '../../hooks/useTabPage'
import {
  INBOX_PAGE_SIZE,
  listMessages,
  markAllMessagesRead,
  markMessageRead,
  type InboxMessage,
} from '../../lib/api/inbox'
import { toastOk } from '../../lib/feedback'
import { ROUTES, go } from '../../lib/routes'
import { formatWhen } from '../../lib/time'
import './index.scss'

/** What a message is about, in a word; kinds not listed show no tag. */
const KIND_LABELS: Record<string, string> = {
  report: '随手拍',
  matter: '找楼长',
  notice: '楼栋通知',
  questionnaire: '问卷',
  activity: '活动',
  volunteers: '志愿服务',
  team: '志愿服务',
  family: '文明家庭',
  consent: '待同意',
  'good-people': '好人推荐',
  appointment: '职务',
  household: '我的家',
}

export const INBOX_EMPTY = {
  title: '还没有消息',
  hint: '您反映的问题有了进展、社区发了通知，都会在这里告诉您',
}

/**
 * The person's messages, newest first, a page at a time ("加载更多" pages back
 * from the last one's time). Reading one marks it read here at once and on the
 * server; the badge on the 消息 tab follows the server's count.
 */
export function useInbox() {
  const first = useRemote<InboxMessage[]>(() => listMessages(), [], { keep: 'inbox' })
  const [more, setMore] = useState<InboxMessage[]>([])
  const [moreEnded, setMoreEnded] = useState(false)
  const items = [...(first.data ?? []), ...more].filter((m, i, all) => all.findIndex((x) => x.id === m.id) === i)
  const ended = moreEnded || (first.data !== undefined && first.data.length < INBOX_PAGE_SIZE)
  const unread = items.filter((m) => !m.read).length

  const markLocal = (read: (m: InboxMessage) => boolean) => {
    const apply = (list: InboxMessage[]) => list.map((m) => (!m.read && read(m) ? { ...m, read: true } : m))
    if (first.data) first.setData((prev) => apply(prev ?? []))
    setMore(apply)
  }

  const loadMore = useAction(async () => {
    const last = items[items.length - 1]
    if (!last) return undefined
    const page = await listMessages(last.id)
    const fresh = page.filter((p) => !items.some((x) => x.id === p.id))
    setMore((m) => [...m, ...fresh])
    if (page.length < INBOX_PAGE_SIZE || !fresh.length) setMoreEnded(true)
    return page
  })

  /** Marks it read (the list at once, then the server), then opens what it links to. */
  const open = useAction(
    async (m: InboxMessage) => {
      if (!m.read) {
        markLocal((x) => x.id === m.id)
        try {
          const res = await markMessageRead(m.id)
          showInboxBadge(res.unread)
        } catch {
          // the message is still worth opening; the next refresh shows what the server kept
        }
      }
      if (m.link) await go(m.link)
      return true
    },
    { toastOnError: false },
  )

  const readAll = useAction(async () => {
    const res = await markAllMessagesRead()
    markLocal(() => true)
    showInboxBadge(res.unread)
    toastOk('已全部标为已读')
    return res
  })

  const reload = async () => {
    setMore([])
    setMoreEnded(false)
    await Promise.all([first.reload(), refreshInboxBadge()])
  }

  return {
    first,
    items,
    unread,
    ended,
    loadMore: loadMore.run,
    loadingMore: loadMore.busy,
    open: open.run,
    readAll: readAll.run,
    readingAll: readAll.busy,
    reload,
  }
}

function MessageCard({ m, onOpen }: { m: InboxMessage; onOpen: () => void }) {
  const kind = KIND_LABELS[m.kind]
  return (
    <View className={`ct-card ct-card--tap ib-msg ${m.read ? '' : 'ib-msg--unread'}`} role='button' onClick={onOpen}>
      <View className='ib-msg__head'>
        {m.read ? null : <View className='ib-dot' aria-hidden='true' />}
        {m.read ? null : <Text className='ct-sr-only'>未读，</Text>}
        <Text className='ib-msg__title'>{m.title}</Text>
      </View>
      {m.body ? <Text className='ct-text ct-block ib-msg__body'>{m.body}</Text> : null}
      <View className='ct-spread ct-mt-xs'>
        <View className='ct-row'>
          {kind ? <Text className='ct-tag ib-msg__kind'>{kind}</Text> : null}
          <Text className='ct-muted'>{formatWhen(m.createdAt)}</Text>
        </View>
        {m.link ? (
          <Text className='ib-msg__go' aria-hidden='true'>
            查看 ›
          </Text>
        ) : null}
      </View>
    </View>
  )
}

export function InboxScreen({ inbox }: { inbox: ReturnType<typeof useInbox> }) {
  const { first, items, unread, ended } = inbox
  return (
    <Page>
      <View className='ib-head'>
        <View className='ct-grow'>
          <Text className='ct-h1 ct-block'>消息</Text>
          {first.data ? (
            <View role='status'>
              <Text className='ct-muted ct-block'>{unread > 0 ? `${unread} 条未读` : '都看过了'}</Text>
            </View>
          ) : null}
        </View>
        {unread > 0 ? (
          <Button className='ib-read-all' type='default' size='small' loading={inbox.readingAll} onClick={() => void inbox.readAll()}>
            全部已读
          </Button>
        ) : null}
      </View>
      <RemoteView<InboxMessage[]> remote={first} rows={3} empty={INBOX_EMPTY}>
        {() => (
          <View>
            {items.map((m) => (
              <MessageCard key={m.id} m={m} onOpen={() => void inbox.open(m)} />
            ))}
            {ended ? (
              <Text className='ct-muted ct-block ib-end'>没有更多消息了</Text>
            ) : (
              <Button className='ct-btn ct-mt' type='default' loading={inbox.loadingMore} onClick={() => void inbox.loadMore()}>
                加载更多
              </Button>
            )}
          </View>
        )}
      </RemoteView>
    </Page>
  )
}

export default function InboxTab() {
  const inbox = useInbox()
  useTabPage(ROUTES.inbox)
  usePullRefresh(inbox.reload)
  // back from a message's page, or a new notice since: show what the server has now
  useReloadOnShow(inbox.reload)
  return <InboxScreen inbox={inbox} />
}
