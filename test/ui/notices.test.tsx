import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { fakeBackend, quietTaro } from './helpers'

jest.mock('../../src/lib/cloud', () => {
  const actual = jest.requireActual('../../src/lib/cloud')
  return { ...actual, call: jest.fn() }
})
import { call, CloudError } from '../../src/lib/cloud'
import { ROUTES } from '../../src/lib/routes'
import { PostScreen } from '../../src/features/notices/pages/post/index'
import { DetailScreen } from '../../src/features/notices/pages/detail/index'
import { ListScreen } from '../../src/features/notices/pages/list/index'
import { ManageScreen } from '../../src/features/notices/pages/manage/index'
import { ReceiptsScreen } from '../../src/features/notices/pages/receipts/index'
import { POST_DRAFT_KEY } from '../../src/features/notices/hooks/useNoticeForm'
import { remindMessage } from '../../src/features/notices/hooks/useReceipts'
import { receiptLine, validateNotice, emptyNotice } from '../../src/features/notices/hooks/rules'
import { householdState } from '../../src/features/notices/components/UnitReceipts'
import type { ManagedNotice, NoticeView, ReceiptsView } from '../../server/modules/notices/contracts'

beforeEach(() => {
  jest.restoreAllMocks()
})

const NOTICE = '11111111-1111-4111-8111-111111111111'
const BUILDING = '22222222-2222-4222-8222-222222222222'
const UNIT1 = '33333333-3333-4333-8333-333333333331'
const UNIT2 = '33333333-3333-4333-8333-333333333332'
const HOUR = 3_600_000

const buildings = [{ id: BUILDING, name: '1号楼', communityName: '幸福里社区', units: [{ id: UNIT1, name: '1单元' }, { id: UNIT2, name: '2单元' }] }]

function notice(over: Partial<NoticeView> = {}): NoticeView {
  const now = Date.now()
  return {
    id: NOTICE,
    buildingId: BUILDING,
    buildingName: '1号楼',
    title: '本周六上午停水',
    body: '因管道检修，本周六8:00-12:00停水，请提前储水。',
    images: [],
    pinned: false,
    endsAt: new Date(now + 5 * 24 * HOUR).toISOString(),
    createdAt: new Date(now - HOUR).toISOString(),
    updatedAt: new Date(now - HOUR).toISOString(),
    status: 'published',
    edited: false,
    audienceLabel: '1单元',
    read: false,
    acknowledged: false,
    ...over,
  }
}

function managed(over: Partial<ManagedNotice> = {}): ManagedNotice {
  return { ...notice(), audienceHouseholds: 24, readHouseholds: 12, acknowledgedHouseholds: 5, ...over }
}

const me = (household: boolean) => ({
  user: { id: 'u1', name: '王建国', maskedName: '王**', isMinor: false },
  county: { id: 'c1', name: '青禾县' },
  roles: [],
  household: household ? { id: 'h1', label: '幸福里社区 1号楼 1单元 301', communityId: 'x', communityName: '幸福里社区', buildingId: BUILDING } : null,
  guardians: [],
  wards: [],
})

/** A NutUI field (a Taro web component here): typing arrives as an input event carrying detail.value. */
async function typeInto(label: string, value: string, tag: 'taro-input-core' | 'taro-textarea-core' = 'taro-input-core') {
  const box = await waitFor(() => {
    const el = document.querySelector(`${tag}[aria-label="${label}"]`) as HTMLElement | null
    if (!el) throw new Error(`no field ${label}`)
    return el
  })
  act(() => {
    box.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
}

/** The browser's own date and time fields (H5). */
function pick(label: string, value: string) {
  const input = document.querySelector(`input[aria-label="${label}"]`) as HTMLInputElement
  act(() => {
    fireEvent.change(input, { target: { value } })
  })
}

async function tap(el: HTMLElement) {
  await act(async () => {
    fireEvent.click(el)
  })
}

/** A button by its words (the same words may also stand in a heading or a label). */
async function press(text: string) {
  const button = screen.getAllByText(text).map((e) => e.closest('.nut-button')).find(Boolean) as HTMLElement
  await tap(button)
}

function savedDraft(): Record<string, any> | undefined {
  const v = Taro.getStorageSync(`ct.draft.${POST_DRAFT_KEY}`)
  return v && typeof v === 'object' ? v : undefined
}

function beijingDate(ms: number): string {
  return new Date(ms + 8 * HOUR).toISOString().slice(0, 10)
}

describe('发通知', () => {
  test('the only building is chosen; empty fields, no unit chosen, a one-character title and a past end are named in Chinese, and nothing is sent', async () => {
    quietTaro()
    const backend = fakeBackend({ 'notices.buildings': () => buildings })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<PostScreen />)
    const building = await screen.findByRole('radio', { name: '1号楼' })
    await waitFor(() => expect(building.getAttribute('aria-checked')).toBe('true'))
    // the whole building unless the captain chooses units
    expect(screen.getByRole('radio', { name: '全楼（2个单元）' }).getAttribute('aria-checked')).toBe('true')

    await press('发出通知')
    expect(screen.getByText('请写上通知标题')).toBeTruthy()
    expect(screen.getByText('请写上通知内容')).toBeTruthy()
    expect(screen.getByText('还有 2 处没填好，请看上面标红的地方。')).toBeTruthy()

    await tap(screen.getByRole('radio', { name: '选择单元' }))
    await typeInto('通知标题', '停')
    await typeInto('通知内容', '周六停水', 'taro-textarea-core')
    pick('截止时间（日期）', beijingDate(Date.now() - 24 * HOUR))
    await press('发出通知')
    expect(screen.getByText('请至少选一个单元，或者改成“全楼”')).toBeTruthy()
    expect(screen.getByText('标题至少2个字')).toBeTruthy()
    expect(screen.getByText('截止时间要晚于现在')).toBeTruthy()
    expect(screen.queryByText('请写上通知内容')).toBeNull()
    expect(screen.getByText('还有 3 处没填好，请看上面标红的地方。')).toBeTruthy()
    expect(backend.calls.some((c) => c.key === 'notices.post')).toBe(false)
    // what was typed is kept on the phone
    expect(savedDraft()).toMatchObject({ buildingId: BUILDING, reach: 'units', title: '停', body: '周六停水' })
  })

  test('filled in for 1单元 only, pinned: sends the chosen unit and a Beijing end time, then opens the receipts', async () => {
    const t = quietTaro()
    const backend = fakeBackend({
      'notices.buildings': () => buildings,
      'notices.post': (input) => managed({ ...input, id: NOTICE }),
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<PostScreen />)
    await tap(await screen.findByRole('radio', { name: '选择单元' }))
    const unit1 = screen.getByRole('checkbox', { name: '1单元' })
    await tap(unit1)
    expect(unit1.getAttribute('aria-checked')).toBe('true')
    await typeInto('通知标题', '  本周六上午停水  ')
    await typeInto('通知内容', '因管道检修，本周六8:00-12:00停水，请提前储水。', 'taro-textarea-core')
    await tap(document.querySelector('.nt-switch') as HTMLElement)
    const day = beijingDate(Date.now() + 3 * 24 * HOUR)
    pick('截止时间（日期）', day)
    pick('截止时间（几点）', '18:00')
    await press('发出通知')

    await waitFor(() => expect(backend.calls.some((c) => c.key === 'notices.post')).toBe(true))
    expect(backend.calls.find((c) => c.key === 'notices.post')!.input).toEqual({
      idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/),
      buildingId: BUILDING,
      unitIds: [UNIT1],
      title: '本周六上午停水',
      body: '因管道检修，本周六8:00-12:00停水，请提前储水。',
      images: [],
      pinned: true,
      endsAt: `${day}T18:00:00+08:00`,
    })
    expect(t.toast).toHaveBeenCalledWith(expect.objectContaining({ title: '通知已发出' }))
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: `${ROUTES.noticeReceipts}?id=${NOTICE}` })
    expect(savedDraft()).toBeUndefined()
  })

  test('a field the server refuses is shown at the field, and what was typed stays', async () => {
    quietTaro()
    ;(call as jest.Mock).mockImplementation(
      fakeBackend({
        'notices.buildings': () => buildings,
        'notices.post': () => {
          throw new CloudError('VALIDATION', '内容含有不适宜的词语', [{ field: 'title', message: '标题含有不适宜的词语，请修改' }])
        },
      }).impl,
    )
    render(<PostScreen />)
    await screen.findByRole('radio', { name: '1号楼' })
    await typeInto('通知标题', '某某标题')
    await typeInto('通知内容', '内容', 'taro-textarea-core')
    await press('发出通知')
    expect(await screen.findByText('标题含有不适宜的词语，请修改')).toBeTruthy()
    expect(savedDraft()).toMatchObject({ title: '某某标题' })
  })

  test('someone who looks after no building is told who may post', async () => {
    quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'notices.buildings': () => [] }).impl)
    render(<PostScreen />)
    expect(await screen.findByText('您还不能发楼栋通知')).toBeTruthy()
  })

  test('修改 starts from the notice as it stands, shows its audience, and sends only what it says', async () => {
    quietTaro()
    jest.spyOn(Taro, 'navigateBack').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as any)
    const n = managed({ pinned: true, audienceLabel: '1单元' })
    const backend = fakeBackend({
      'notices.receipts': () => ({ notice: n, units: [] }),
      'notices.edit': (input) => managed({ ...input, id: NOTICE, edited: true }),
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<PostScreen noticeId={NOTICE} />)
    expect(await screen.findByText('1号楼 · 1单元')).toBeTruthy()
    expect(screen.queryByRole('radio', { name: '1号楼' })).toBeNull()
    await typeInto('通知标题', '本周六上午停水（改到9点）')
    await press('保存修改')
    await waitFor(() => expect(backend.calls.some((c) => c.key === 'notices.edit')).toBe(true))
    expect(backend.calls.find((c) => c.key === 'notices.edit')!.input).toEqual({
      noticeId: NOTICE,
      title: '本周六上午停水（改到9点）',
      body: n.body,
      images: [],
      pinned: true,
      endsAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\+08:00$/),
    })
  })
})

describe('通知详情 (resident)', () => {
  test('opening it reads it; 收到 tells the captain and the button becomes 已确认收到', async () => {
    const t = quietTaro()
    const backend = fakeBackend({
      'notices.read': () => notice({ read: true, pinned: true, edited: true }),
      'notices.acknowledge': () => notice({ read: true, pinned: true, edited: true, acknowledged: true }),
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<DetailScreen noticeId={NOTICE} />)
    expect(await screen.findByText('本周六上午停水')).toBeTruthy()
    expect(backend.calls.filter((c) => c.key === 'notices.read')).toEqual([{ key: 'notices.read', input: { noticeId: NOTICE } }])
    expect(screen.getByText('因管道检修，本周六8:00-12:00停水，请提前储水。')).toBeTruthy()
    expect(screen.getByText('置顶')).toBeTruthy()
    expect(screen.getByText('已编辑')).toBeTruthy()
    // when, as people say it, in Beijing time
    expect(screen.getByText(/^发布于 (今天|昨天) \d\d:\d\d · 有效期至/)).toBeTruthy()

    await press('收到')
    await screen.findByText('✓ 已确认收到')
    expect(backend.calls.filter((c) => c.key === 'notices.acknowledge')).toHaveLength(1)
    expect(t.toast).toHaveBeenCalledWith(expect.objectContaining({ title: '已确认收到' }))
    // no button is left to press: the page says it, in green
    expect(screen.getByRole('status').textContent).toBe('✓ 已确认收到')
    expect(screen.getAllByText(/收到/).some((e) => e.closest('.nut-button'))).toBe(false)
    expect(screen.getByText('楼长已经知道您家收到了这条通知。')).toBeTruthy()
    expect(backend.calls.filter((c) => c.key === 'notices.acknowledge')).toHaveLength(1)
  })

  test('a notice the household already said 收到 to opens with 已确认收到', async () => {
    quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'notices.read': () => notice({ read: true, acknowledged: true }) }).impl)
    render(<DetailScreen noticeId={NOTICE} />)
    expect(await screen.findByText('✓ 已确认收到')).toBeTruthy()
    expect(screen.getByText('楼长已经知道您家收到了这条通知。')).toBeTruthy()
  })

  test('with no home the page leads to the household binding; a notice not for this unit says so', async () => {
    const t = quietTaro()
    ;(call as jest.Mock).mockImplementation(
      fakeBackend({
        'notices.read': () => {
          throw new CloudError('FORBIDDEN', '绑定住户后才能查看本楼通知')
        },
      }).impl,
    )
    const { unmount } = render(<DetailScreen noticeId={NOTICE} />)
    expect(await screen.findByText('绑定住户后才能收到楼栋通知')).toBeTruthy()
    await press('去绑定住户')
    expect(t.nav).toHaveBeenCalledWith({ url: ROUTES.household })
    unmount()

    ;(call as jest.Mock).mockImplementation(
      fakeBackend({
        'notices.read': () => {
          throw new CloudError('NOT_FOUND', '没有找到这条通知')
        },
      }).impl,
    )
    render(<DetailScreen noticeId={NOTICE} />)
    expect(await screen.findByText('这条通知看不到了')).toBeTruthy()
  })

  test('a link without an id says so and asks the server nothing', () => {
    quietTaro()
    ;(call as jest.Mock).mockClear()
    render(<DetailScreen noticeId={undefined} />)
    expect(screen.getByText('这个链接不完整，打不开')).toBeTruthy()
    expect(call).not.toHaveBeenCalled()
  })
})

describe('楼栋通知 (resident list)', () => {
  test('pinned and unread notices are marked; the archive is asked for on its tab', async () => {
    quietTaro()
    const backend = fakeBackend({
      'identity.me': () => me(true),
      'notices.forMe': (input) =>
        input.archived
          ? [notice({ id: 'old', title: '上个月的楼道清理', read: true })]
          : [notice({ id: 'a', title: '明天停电', pinned: true }), notice({ id: 'b', title: '楼道清理', read: true, acknowledged: true })],
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<ListScreen />)
    const first = await screen.findByText('明天停电')
    const card = first.closest('.nt-card') as HTMLElement
    expect(card.className).toContain('nt-card--unread')
    expect(within(card).getByText('置顶')).toBeTruthy()
    expect(within(card).getByText('未读，')).toBeTruthy()
    const second = screen.getByText('楼道清理').closest('.nt-card') as HTMLElement
    expect(second.className).not.toContain('nt-card--unread')
    expect(within(second).getByText('已收到')).toBeTruthy()
    expect(screen.getByText('幸福里社区 1号楼 1单元 301 · 1 条未读')).toBeTruthy()

    await tap(screen.getByRole('tab', { name: '已归档' }))
    expect(await screen.findByText('上个月的楼道清理')).toBeTruthy()
    expect(backend.calls.filter((c) => c.key === 'notices.forMe').map((c) => c.input)).toEqual([{ archived: false }, { archived: true }])
  })

  test('a resident with no home is told to bind one, with the way there', async () => {
    const t = quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'identity.me': () => me(false), 'notices.forMe': () => [] }).impl)
    render(<ListScreen />)
    expect(await screen.findByText('绑定住户后才能收到楼栋通知')).toBeTruthy()
    await press('去绑定住户')
    expect(t.nav).toHaveBeenCalledWith({ url: ROUTES.household })
  })
})

describe('楼栋通知管理 and 回执 (captain)', () => {
  test('the list says 已读 12/24 户 · 收到 5 and opens the receipts', async () => {
    const t = quietTaro()
    ;(call as jest.Mock).mockImplementation(
      fakeBackend({ 'notices.buildings': () => buildings, 'notices.managed': () => [managed({ status: 'withdrawn', title: '撤回的通知' }), managed()] }).impl,
    )
    render(<ManageScreen />)
    expect(await screen.findAllByText('已读 12/24 户 · 收到 5')).toHaveLength(2)
    expect(screen.getByText('已撤回')).toBeTruthy()
    await press('发通知')
    expect(t.nav).toHaveBeenCalledWith({ url: ROUTES.noticePost })
    await tap(screen.getByText('本周六上午停水'))
    expect(t.nav).toHaveBeenCalledWith({ url: `${ROUTES.noticeReceipts}?id=${NOTICE}` })
  })

  test('receipts: households read, 收到, unread and unbound; 提醒未读 says whom it told, and on a second tap that nobody is told twice', async () => {
    quietTaro()
    const now = new Date().toISOString()
    const view: ReceiptsView = {
      notice: managed({ audienceHouseholds: 4, readHouseholds: 2, acknowledgedHouseholds: 1 }),
      units: [
        {
          unitId: UNIT1,
          unitName: '1单元',
          households: [
            { householdId: 'h1', room: '101', bound: true, readAt: now, acknowledgedAt: now },
            { householdId: 'h2', room: '102', bound: true, readAt: now, acknowledgedAt: null },
            { householdId: 'h3', room: '201', bound: true, readAt: null, acknowledgedAt: null },
            { householdId: 'h4', room: '202', bound: false, readAt: null, acknowledgedAt: null },
          ],
        },
      ],
    }
    const backend = fakeBackend({ 'notices.receipts': () => view, 'notices.remind': () => ({ households: 1, people: 2 }) })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<ReceiptsScreen noticeId={NOTICE} />)
    expect(await screen.findByText('2/4')).toBeTruthy()
    expect(screen.getByRole('progressbar').getAttribute('aria-label')).toBe('4 户里已读 2 户，其中 1 户点了收到')
    expect(screen.getByRole('listitem', { name: '1单元101：收到' })).toBeTruthy()
    expect(screen.getByRole('listitem', { name: '1单元102：已读' })).toBeTruthy()
    expect(screen.getByRole('listitem', { name: '1单元201：未读' })).toBeTruthy()
    expect(screen.getByRole('listitem', { name: '1单元202：未绑定' })).toBeTruthy()
    expect(screen.getByText('另有 1 户还没有人绑定，收不到通知。')).toBeTruthy()

    // only bound households can read it: they are the ones 未读, and the ones a reminder reaches
    await tap(screen.getByRole('tab', { name: '未读 1' }))
    expect(screen.queryByRole('listitem', { name: '1单元101：收到' })).toBeNull()
    expect(screen.queryByRole('listitem', { name: '1单元202：未绑定' })).toBeNull()
    expect(screen.getByRole('listitem', { name: '1单元201：未读' })).toBeTruthy()

    await press('提醒未读')
    expect(await screen.findByText('已提醒未读的 1 户、共 2 人，他们会在“消息”里看到。')).toBeTruthy()
    await press('提醒未读')
    expect(await screen.findByText('今天已经提醒过了：未读的 1 户、共 2 人里，今天已提醒过的人不会再收到第二次。')).toBeTruthy()
    expect(backend.calls.filter((c) => c.key === 'notices.remind')).toHaveLength(2)
  })

  test('when every bound household has read it there is nobody to remind, and the page says so', async () => {
    quietTaro()
    const now = new Date().toISOString()
    const view: ReceiptsView = {
      notice: managed({ audienceHouseholds: 2, readHouseholds: 1, acknowledgedHouseholds: 0 }),
      units: [
        {
          unitId: UNIT1,
          unitName: '1单元',
          households: [
            { householdId: 'h1', room: '301', bound: true, readAt: now, acknowledgedAt: null },
            { householdId: 'h2', room: '302', bound: false, readAt: null, acknowledgedAt: null },
          ],
        },
      ],
    }
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'notices.receipts': () => view }).impl)
    render(<ReceiptsScreen noticeId={NOTICE} />)
    expect(await screen.findByText('已绑定的住户都读过了，不用再提醒。')).toBeTruthy()
    expect(screen.queryByText('提醒未读')).toBeNull()
    expect(screen.getByRole('tab', { name: '未读 0' })).toBeTruthy()
  })

  test('撤回 asks for a reason in the sheet and sends it', async () => {
    quietTaro()
    let withdrawn = false
    const backend = fakeBackend({
      'notices.receipts': () => ({ notice: managed({ status: withdrawn ? 'withdrawn' : 'published' }), units: [] }),
      'notices.withdraw': () => {
        withdrawn = true
        return managed({ status: 'withdrawn' })
      },
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<ReceiptsScreen noticeId={NOTICE} />)
    await screen.findByText('12/24')
    await press('撤回')
    expect(screen.getByRole('dialog', { name: '撤回这条通知' })).toBeTruthy()
    await press('确认撤回')
    expect(screen.getByText('请写明原因，至少 2 个字')).toBeTruthy()
    await tap(screen.getByText('事情已经处理完了'))
    await press('确认撤回')
    await waitFor(() => expect(backend.calls.find((c) => c.key === 'notices.withdraw')?.input).toEqual({ noticeId: NOTICE, reason: '事情已经处理完了' }))
    expect(await screen.findByText('这条通知已撤回，住户看不到了。之前的内容都留在修改记录里。')).toBeTruthy()
    expect(screen.queryByText('提醒未读')).toBeNull()
  })
})

test('rules: the receipt line, household states, remind words, and the default end seven days on', () => {
  expect(receiptLine({ readHouseholds: 12, audienceHouseholds: 24, acknowledgedHouseholds: 5 })).toBe('已读 12/24 户 · 收到 5')
  expect(householdState({ householdId: 'h', room: '101', bound: false, readAt: '2026-01-01T00:00:00Z', acknowledgedAt: null })).toBe('read')
  expect(remindMessage({ households: 0, people: 0 }, false)).toBe('未读的住户里，暂时没有已绑定的居民可以提醒。')
  const now = Date.parse('2026-03-01T20:00:00Z') // 3月2日 04:00 in Beijing
  const d = emptyNotice(now)
  expect(d.ends).toEqual({ date: '2026-03-09', time: '23:59' })
  expect(validateNotice({ ...d, buildingId: BUILDING, title: '停水', body: '周六停水' }, { now })).toEqual({})
  expect(validateNotice({ ...d, title: 'x'.repeat(41), body: '周六停水' }, { now, editing: true })).toEqual({ title: '标题请不要超过40个字，现在是41个字' })
})
