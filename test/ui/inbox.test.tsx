import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { fakeBackend, quietTaro } from './helpers'

jest.mock('../../src/lib/cloud', () => {
  const actual = jest.requireActual('../../src/lib/cloud')
  return { ...actual, call: jest.fn() }
})
import { call } from '../../src/lib/cloud'
import { INBOX_EMPTY, InboxScreen, useInbox } from '../../src/pages/inbox/index'
import { badgeText, refreshInboxBadge, showInboxBadge } from '../../src/hooks/useInboxBadge'
import { INBOX_PAGE_SIZE } from '../../src/lib/api/inbox'
import { INBOX_PAGE_SIZE as SERVER_PAGE_SIZE } from '../../server/modules/inbox/contracts'
import { INBOX_TAB_INDEX, ROUTES, TAB_PATHS } from '../../src/lib/routes'
import type { InboxMessage } from '../../server/modules/inbox/contracts'

beforeEach(() => {
  jest.restoreAllMocks()
})

const M1 = '11111111-1111-4111-8111-111111111111'
const M2 = '22222222-2222-4222-8222-222222222222'
const M3 = '33333333-3333-4333-8333-333333333333'
const CASE = `${ROUTES.reportDetail}?id=44444444-4444-4444-8444-444444444444`

function msg(id: string, title: string, createdAt: string, read: boolean, extra: Partial<InboxMessage> = {}): InboxMessage {
  return { id, kind: 'report', title, body: '乱扔垃圾｜幸福路18号门口：已派单', link: CASE, createdAt, read, ...extra }
}

/** The page as the tab renders it (lifecycles do not fire in jsdom: the list loads on mount). */
function Inbox() {
  const inbox = useInbox()
  return <InboxScreen inbox={inbox} />
}

function badgeSpies() {
  const set = jest.spyOn(Taro, 'setTabBarBadge').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as any)
  const remove = jest.spyOn(Taro, 'removeTabBarBadge').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as any)
  return { set, remove }
}

function card(title: string): HTMLElement {
  return screen.getByText(title).closest('.ib-msg') as HTMLElement
}

describe('消息', () => {
  test('unread messages carry a dot, a bold title and "未读" for screen readers; times are Beijing time', async () => {
    quietTaro()
    badgeSpies()
    ;(call as jest.Mock).mockImplementation(
      fakeBackend({
        'inbox.list': () => [
          // 2025-11-27 01:10 UTC is 09:10 in Beijing
          msg(M1, '您反映的问题已派单', '2025-11-27T01:10:00Z', false),
          msg(M2, '您反映的问题已受理', '2025-11-26T23:30:00Z', true),
        ],
      }).impl,
    )
    jest.spyOn(Date, 'now').mockReturnValue(Date.parse('2025-11-27T04:00:00Z'))
    render(<Inbox />)
    await screen.findByText('您反映的问题已派单')

    const unread = card('您反映的问题已派单')
    expect(unread.classList.contains('ib-msg--unread')).toBe(true)
    expect(unread.querySelector('.ib-dot')).toBeTruthy()
    expect(within(unread).getByText('未读，').classList.contains('ct-sr-only')).toBe(true)
    expect(within(unread).getByText('今天 09:10')).toBeTruthy()

    const read = card('您反映的问题已受理')
    expect(read.classList.contains('ib-msg--unread')).toBe(false)
    expect(read.querySelector('.ib-dot')).toBeNull()
    expect(within(read).queryByText('未读，')).toBeNull()
    expect(within(read).getByText('今天 07:30')).toBeTruthy()

    // newest first, as the server sends them
    const titles = Array.from(document.querySelectorAll('.ib-msg__title')).map((t) => t.textContent)
    expect(titles).toEqual(['您反映的问题已派单', '您反映的问题已受理'])
    expect(screen.getByText('1 条未读')).toBeTruthy()
  })

  test('tapping an unread message marks it read first, redraws the badge, then opens its link', async () => {
    const t = quietTaro()
    const badge = badgeSpies()
    const order: string[] = []
    const backend = fakeBackend({
      'inbox.list': () => [msg(M1, '您反映的问题已派单', '2025-11-27T01:10:00Z', false), msg(M2, '新工单', '2025-11-27T01:00:00Z', false)],
      'inbox.markRead': () => {
        order.push('markRead')
        return { unread: 1 }
      },
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    t.nav.mockImplementation(() => {
      order.push('navigate')
      return Promise.resolve({ errMsg: 'ok' }) as any
    })
    render(<Inbox />)
    await screen.findByText('您反映的问题已派单')
    await act(async () => {
      fireEvent.click(screen.getByText('您反映的问题已派单'))
    })
    await waitFor(() => expect(t.nav).toHaveBeenCalledWith({ url: CASE }))
    expect(order).toEqual(['markRead', 'navigate'])
    expect(backend.calls.filter((c) => c.key === 'inbox.markRead').map((c) => c.input)).toEqual([{ messageId: M1 }])
    expect(badge.set).toHaveBeenCalledWith({ index: INBOX_TAB_INDEX, text: '1' })
    expect(card('您反映的问题已派单').classList.contains('ib-msg--unread')).toBe(false)
    expect(card('新工单').classList.contains('ib-msg--unread')).toBe(true)

    // a read message opens without asking the server again
    await act(async () => {
      fireEvent.click(screen.getByText('您反映的问题已派单'))
    })
    expect(backend.calls.filter((c) => c.key === 'inbox.markRead')).toHaveLength(1)
    expect(t.nav).toHaveBeenCalledTimes(2)
  })

  test('全部已读 marks every message read, takes the badge away and says so', async () => {
    const t = quietTaro()
    const badge = badgeSpies()
    const backend = fakeBackend({
      'inbox.list': () => [msg(M1, '您反映的问题已派单', '2025-11-27T01:10:00Z', false), msg(M2, '您反映的问题已受理', '2025-11-27T01:00:00Z', false)],
      'inbox.markAllRead': () => ({ unread: 0 }),
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<Inbox />)
    await screen.findByText('2 条未读')
    await act(async () => {
      fireEvent.click(screen.getByText('全部已读'))
    })
    await screen.findByText('都看过了')
    expect(backend.calls.filter((c) => c.key === 'inbox.markAllRead')).toHaveLength(1)
    expect(document.querySelectorAll('.ib-msg--unread')).toHaveLength(0)
    expect(document.querySelectorAll('.ib-dot')).toHaveLength(0)
    expect(screen.queryByText('全部已读')).toBeNull()
    expect(badge.remove).toHaveBeenCalledWith({ index: INBOX_TAB_INDEX })
    expect(t.toast).toHaveBeenCalledWith(expect.objectContaining({ title: '已全部标为已读' }))
    expect(t.nav).not.toHaveBeenCalled()
  })

  test('加载更多 pages back from the last message\'s time until a short page', async () => {
    quietTaro()
    badgeSpies()
    const page1 = Array.from({ length: INBOX_PAGE_SIZE }, (_, i) =>
      msg(`00000000-0000-4000-8000-${String(i).padStart(12, '0')}`, `消息${i + 1}`, new Date(Date.parse('2025-11-27T12:00:00Z') - i * 60_000).toISOString(), true),
    )
    const last = page1[page1.length - 1]
    const backend = fakeBackend({
      'inbox.list': (input) => (input.before ? [msg(M3, '更早的消息', '2025-11-20T01:00:00Z', true)] : page1),
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<Inbox />)
    await screen.findByText('消息1')
    await act(async () => {
      fireEvent.click(screen.getByText('加载更多'))
    })
    await screen.findByText('更早的消息')
    expect(backend.calls.filter((c) => c.key === 'inbox.list').map((c) => c.input)).toEqual([{}, { before: last.id }])
    expect(screen.getByText('没有更多消息了')).toBeTruthy()
    expect(screen.queryByText('加载更多')).toBeNull()
  })

  test('no messages: says so and what will come here', async () => {
    quietTaro()
    badgeSpies()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'inbox.list': () => [] }).impl)
    render(<Inbox />)
    expect(await screen.findByText('还没有消息')).toBeTruthy()
    expect(screen.getByText(INBOX_EMPTY.hint)).toBeTruthy()
    expect(screen.queryByText('全部已读')).toBeNull()
  })
})

describe('the 消息 tab badge', () => {
  test('shows the unread count, 99+ past 99, and goes away at 0', async () => {
    const badge = badgeSpies()
    let unread = 3
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'inbox.unreadCount': () => ({ unread }) }).impl)
    await expect(refreshInboxBadge()).resolves.toBe(3)
    expect(badge.set).toHaveBeenLastCalledWith({ index: INBOX_TAB_INDEX, text: '3' })
    unread = 0
    await refreshInboxBadge()
    expect(badge.remove).toHaveBeenLastCalledWith({ index: INBOX_TAB_INDEX })
    expect(badgeText(120)).toBe('99+')
  })

  test('a count that cannot be fetched (signed out, offline) leaves the badge alone', async () => {
    const badge = badgeSpies()
    ;(call as jest.Mock).mockImplementation(fakeBackend({}).impl)
    await expect(refreshInboxBadge()).resolves.toBeUndefined()
    expect(badge.set).not.toHaveBeenCalled()
    expect(badge.remove).not.toHaveBeenCalled()
  })

  test('a count asked for before a newer one was drawn does not overwrite it', async () => {
    const badge = badgeSpies()
    let answer: (v: { unread: number }) => void = () => undefined
    ;(call as jest.Mock).mockImplementation(() => new Promise((resolve) => (answer = resolve)))
    const asked = refreshInboxBadge()
    showInboxBadge(1) // the inbox read a message meanwhile
    answer({ unread: 2 })
    await asked
    expect(badge.set.mock.calls.map((c) => c[0])).toEqual([{ index: INBOX_TAB_INDEX, text: '1' }])
  })

  test('the tab list is one list: the app config, TAB_PATHS and the badge index agree', () => {
    ;(globalThis as any).defineAppConfig = (c: unknown) => c
    const config = require('../../src/app.config').default
    expect(config.tabBar.list.map((t: { pagePath: string }) => `/${t.pagePath}`)).toEqual(TAB_PATHS)
    expect(config.tabBar.list.map((t: { text: string }) => t.text)).toEqual(['首页', '随手拍', '消息', '我的'])
    expect(TAB_PATHS).toEqual([ROUTES.home, ROUTES.reportHub, ROUTES.inbox, ROUTES.mine])
    expect(config.pages).toEqual(TAB_PATHS.map((p) => p.slice(1)))
    expect(INBOX_TAB_INDEX).toBe(2)
    expect(INBOX_PAGE_SIZE).toBe(SERVER_PAGE_SIZE)
  })
})
