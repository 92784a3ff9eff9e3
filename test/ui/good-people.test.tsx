import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { fakeBackend, quietTaro } from './helpers'

jest.mock('../../src/lib/cloud', () => {
  const actual = jest.requireActual('../../src/lib/cloud')
  return { ...actual, call: jest.fn() }
})
import { call, CloudError } from '../../src/lib/cloud'
import { CHILD_CONTACT_NOTE, CONTACT_NOTE, NominateScreen } from '../../src/features/good-people/pages/nominate/index'
import { GalleryScreen } from '../../src/features/good-people/pages/gallery/index'
import { DetailScreen } from '../../src/features/good-people/pages/detail/index'
import { ConsentRequestScreen, ConsentScreen } from '../../src/features/good-people/pages/consent/index'
import { CHILD_CODE_EXPLAINED, CODE_EXPLAINED } from '../../src/features/good-people/components/ConsentCode'
import { NewCode, REVISED_NEEDS_PARENT } from '../../src/features/good-people/components/GoodPersonActions'
import { NOMINATE_DRAFT_KEY } from '../../src/features/good-people/hooks/useNominateForm'
import { charCount, defaultTitle, normaliseCode, phoneOk, storyCounter } from '../../src/features/good-people/hooks/rules'
import type { GoodPersonCard, GoodPersonHistoryEntry, GoodPersonView } from '../../server/modules/goodPeople/contracts'
import { setLargeText } from '../../src/hooks/useLargeText'

beforeEach(() => {
  jest.restoreAllMocks()
})

const GP = '77777777-7777-4777-8777-777777777777'
const GP2 = '88888888-8888-4888-8888-888888888888'

const categories = [
  { key: 'helping', name: '助人为乐', hint: '热心帮助身边有困难的人' },
  { key: 'bravery', name: '见义勇为', hint: '危急时刻挺身而出' },
]

/** 49 and 60 characters: one short of the rule, and comfortably past it. */
const STORY_49 = '赵师傅每天早上六点就在小区门口扫地，十年来风雨无阻，从来没有要过一分钱报酬。邻居家的老人半夜生病，儿女都不在身边，'.slice(0, 49)
const STORY_60 = `${STORY_49}他连夜背着老人去了医院。`

function savedDraft(): Record<string, any> | undefined {
  const v = Taro.getStorageSync(`ct.draft.${NOMINATE_DRAFT_KEY}`)
  return v && typeof v === 'object' ? v : undefined
}

/** Taro's fields are web components here: typing arrives as an input event carrying detail.value. */
async function typeInto(tag: 'taro-textarea-core' | 'taro-input-core', index: number, value: string) {
  const box = document.querySelectorAll(tag)[index] as HTMLElement
  await waitFor(() => expect(box.querySelector(tag === 'taro-textarea-core' ? 'textarea' : 'input')).toBeTruthy())
  act(() => {
    box.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
}

async function tap(text: string) {
  await act(async () => {
    fireEvent.click(screen.getByText(text))
  })
}

describe('推荐好人', () => {
  test('the story needs 50 characters: the counter says how many are missing, and nothing is sent before', async () => {
    quietTaro()
    const backend = fakeBackend({ 'goodPeople.categories': () => categories })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<NominateScreen />)
    await tap(await screen.findByText('助人为乐').then((e) => e.textContent as string))
    expect(screen.getByText(CONTACT_NOTE)).toBeTruthy()
    await typeInto('taro-input-core', 0, '赵德明')
    await typeInto('taro-input-core', 1, '13800001111')
    await typeInto('taro-textarea-core', 0, STORY_49)
    expect(charCount(STORY_49)).toBe(49)
    expect(screen.getByText('已写49个字，还差1个字')).toBeTruthy()

    await tap('提交推荐')
    expect(screen.getByText('事迹至少写50个字，现在是49个字')).toBeTruthy()
    expect(screen.getByText('还有 1 处没填好，请看上面标红的地方。')).toBeTruthy()
    expect(backend.calls.some((c) => c.key === 'goodPeople.nominate')).toBe(false)
    // what was typed is kept on the phone
    expect(savedDraft()).toMatchObject({ category: 'helping', nomineeName: '赵德明', nomineeContact: '13800001111', story: STORY_49 })

    await typeInto('taro-textarea-core', 0, `${STORY_49}。`)
    expect(screen.getByText('已写50个字')).toBeTruthy()
    expect(screen.queryByText('事迹至少写50个字，现在是49个字')).toBeNull()
  })

  test('after 提交推荐 the consent code is shown big, explained, copyable — and kept until the person leaves', async () => {
    const t = quietTaro()
    const clip = jest.spyOn(Taro, 'setClipboardData').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as any)
    const backend = fakeBackend({
      'goodPeople.categories': () => categories,
      'goodPeople.nominate': () => ({ goodPersonId: GP, consentCode: 'K7QM3XPA' }),
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    const page = render(<NominateScreen />)
    await tap(await screen.findByText('助人为乐').then((e) => e.textContent as string))
    await typeInto('taro-input-core', 0, ' 赵德明 ')
    await typeInto('taro-input-core', 1, '138 0000 1111')
    await typeInto('taro-textarea-core', 0, STORY_60)
    await tap('提交推荐')

    expect(await screen.findByText('K7QM 3XPA')).toBeTruthy()
    expect(screen.getByText('请把确认码告诉赵德明')).toBeTruthy()
    expect(screen.getByText(CODE_EXPLAINED)).toBeTruthy()
    expect(CODE_EXPLAINED).toBe(
      '被推荐人可以在小程序消息里确认，或用确认码确认：请把确认码告诉对方，对方打开文明共建 → 我的 → 输入确认码。同意后才会提交审核。对方没有微信的，社区工作人员会上门或电话确认。',
    )
    expect(backend.calls.filter((c) => c.key === 'goodPeople.nominate').map((c) => c.input)).toEqual([
      { idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/), category: 'helping', nomineeName: '赵德明', nomineeContact: '13800001111', story: STORY_60, photos: [] },
    ])
    expect(t.toast).toHaveBeenCalledWith(expect.objectContaining({ title: '推荐已提交' }))

    await tap('复制确认码')
    expect(clip).toHaveBeenCalledWith({ data: 'K7QM3XPA' })

    // the draft now holds only the code: what was typed is done with
    expect(savedDraft()).toMatchObject({ category: '', story: '', result: { goodPersonId: GP, consentCode: 'K7QM3XPA', nomineeName: '赵德明' } })
    page.unmount()

    // opened again while the code is still in the draft (the app was closed): still shown
    Taro.setStorageSync(`ct.draft.${NOMINATE_DRAFT_KEY}`, { result: { goodPersonId: GP, consentCode: 'K7QM3XPA', nomineeName: '赵德明' } })
    const again = render(<NominateScreen />)
    expect(screen.getByText('K7QM 3XPA')).toBeTruthy()
    // leaving the page forgets it
    again.unmount()
    expect(savedDraft()).toBeUndefined()
  })

  test('再推荐一位 forgets the code and starts an empty form', async () => {
    quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'goodPeople.categories': () => categories }).impl)
    Taro.setStorageSync(`ct.draft.${NOMINATE_DRAFT_KEY}`, { result: { goodPersonId: GP, consentCode: 'K7QM3XPA', nomineeName: '赵德明' } })
    render(<NominateScreen />)
    await tap('再推荐一位')
    expect(screen.queryByText('K7QM 3XPA')).toBeNull()
    expect(await screen.findByText('提交推荐')).toBeTruthy()
    expect(savedDraft()).toBeUndefined()
  })

  test("a revised 新时代好少年 nomination's new code is for the parent too (the child cannot answer it)", () => {
    const { unmount } = render(<NewCode code='K7QM3XPA' name='王小明' forChild />)
    expect(screen.getByText('已重新提交，请王小明的家长再确认一次')).toBeTruthy()
    expect(screen.getByText(REVISED_NEEDS_PARENT)).toBeTruthy()
    expect(screen.getByText(CHILD_CODE_EXPLAINED)).toBeTruthy()
    unmount()
    render(<NewCode code='K7QM3XPA' name='赵德明' forChild={false} />)
    expect(screen.getByText('已重新提交，请赵德明再确认一次')).toBeTruthy()
    expect(screen.getByText(CODE_EXPLAINED)).toBeTruthy()
  })

  test("a 新时代好少年 is a child, who keeps no number: the form asks for a parent's phone, and the code is for the parent", async () => {
    quietTaro()
    const withYouth = [...categories, { key: 'youth', name: '新时代好少年', hint: '品学兼优、乐于助人的少年儿童' }]
    const backend = fakeBackend({ 'goodPeople.categories': () => withYouth, 'goodPeople.nominate': () => ({ goodPersonId: GP, consentCode: 'K7QM3XPA' }) })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<NominateScreen />)
    await tap(await screen.findByText('助人为乐').then((e) => e.textContent as string))
    expect(screen.getByLabelText('被推荐人联系电话')).toBeTruthy()
    await tap('新时代好少年')
    expect(screen.getByLabelText('孩子家长的手机号')).toBeTruthy()
    expect(screen.getByLabelText('孩子的姓名')).toBeTruthy()
    expect(screen.queryByLabelText('被推荐人联系电话')).toBeNull()
    expect(screen.getByText(CHILD_CONTACT_NOTE)).toBeTruthy()
    expect(screen.getByText('提交后会给您一个确认码，请转告孩子的家长，家长同意后才会进入审核。')).toBeTruthy()

    await typeInto('taro-input-core', 0, '王小明')
    await typeInto('taro-input-core', 1, '13800001111')
    await typeInto('taro-textarea-core', 0, STORY_60)
    await tap('提交推荐')
    expect(await screen.findByText('请把确认码告诉王小明的家长')).toBeTruthy()
    expect(screen.getByText(CHILD_CODE_EXPLAINED)).toBeTruthy()
    expect(screen.queryByText(CODE_EXPLAINED)).toBeNull()
    expect(backend.calls.find((c) => c.key === 'goodPeople.nominate')!.input).toMatchObject({ category: 'youth', nomineeName: '王小明', nomineeContact: '13800001111' })
  })
})

function card(extra: Partial<GoodPersonCard> = {}): GoodPersonCard {
  return {
    id: GP,
    category: 'helping',
    categoryName: '助人为乐',
    nomineeName: '赵德明',
    story: STORY_60,
    photos: [],
    supports: 3,
    supported: false,
    titles: [{ year: 2026, title: '2026年度青禾好人' }],
    ...extra,
  }
}

describe('身边好人', () => {
  test('点赞 once: the count becomes the server\'s, the button says 已点赞 and a second tap sends nothing', async () => {
    const t = quietTaro()
    const backend = fakeBackend({
      'goodPeople.categories': () => categories,
      'goodPeople.gallery': () => [card(), card({ id: GP2, nomineeName: '钱秀英', supports: 0, titles: [] })],
      'goodPeople.support': () => ({ supports: 4 }),
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<GalleryScreen />)
    expect(await screen.findByText('2026年度青禾好人')).toBeTruthy()
    const first = screen.getByText('赵德明').closest('.gp-card') as HTMLElement
    expect(within(first).getByText('3')).toBeTruthy()

    await act(async () => {
      fireEvent.click(within(first).getByText('点赞'))
    })
    expect(await within(first).findByText('已点赞')).toBeTruthy()
    expect(within(first).getByText('4')).toBeTruthy()
    expect(t.toast).toHaveBeenCalledWith(expect.objectContaining({ title: '已点赞' }))
    // tapping 点赞 did not open the story
    expect(t.nav).not.toHaveBeenCalled()

    await act(async () => {
      fireEvent.click(within(first).getByText('已点赞'))
    })
    expect(backend.calls.filter((c) => c.key === 'goodPeople.support').map((c) => c.input)).toEqual([{ goodPersonId: GP }])
    // the other card is untouched
    const second = screen.getByText('钱秀英').closest('.gp-card') as HTMLElement
    expect(within(second).getByText('点赞')).toBeTruthy()
  })

  test('a category chip asks the server for that category only; an empty one says what to do', async () => {
    quietTaro()
    const backend = fakeBackend({
      'goodPeople.categories': () => categories,
      'goodPeople.gallery': (input) => (input.category ? [] : [card()]),
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<GalleryScreen />)
    await screen.findByText('赵德明')
    await tap('见义勇为')
    expect(await screen.findByText('还没有“见义勇为”的好人故事')).toBeTruthy()
    expect(backend.calls.filter((c) => c.key === 'goodPeople.gallery').map((c) => c.input)).toEqual([{}, { category: 'bravery' }])
  })
})

function view(extra: Partial<GoodPersonView> = {}): GoodPersonView {
  return {
    ...card(),
    status: 'approved',
    statusLabel: '已公开展示',
    nomineeContact: null,
    consentVia: null,
    consentNote: null,
    reviewNote: null,
    createdAt: '2026-11-20T02:00:00.000Z',
    actions: ['support'],
    seesHistory: false,
    ...extra,
  }
}

describe('好人事迹', () => {
  test('the public sees the story and 点赞, never the contact or the workflow', async () => {
    quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'goodPeople.detail': () => view() }).impl)
    render(<DetailScreen goodPersonId={GP} />)
    expect(await screen.findByText(STORY_60)).toBeTruthy()
    expect(screen.getByText('点赞')).toBeTruthy()
    expect(screen.queryByText('推荐进展')).toBeNull()
    expect(document.body.textContent).not.toContain('13800001111')
  })

  test('staff on a nomination waiting for review: the contact, and 审核通过 / 请修改 / 不通过; 请修改 needs a reason', async () => {
    const t = quietTaro()
    let current = view({ status: 'submitted', statusLabel: '等待审核', nomineeContact: '13800001111', consentVia: 'nominee', actions: ['review'], supports: 0, titles: [] })
    const backend = fakeBackend({
      'goodPeople.detail': () => current,
      'goodPeople.review': (input) => {
        current = { ...current, status: 'changes_requested', statusLabel: '请修改后再提交', reviewNote: input.reason, actions: [] }
        return current
      },
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<DetailScreen goodPersonId={GP} />)
    expect(await screen.findByText('13800001111')).toBeTruthy()
    expect(screen.getByText('本人（孩子由家长）已同意公开')).toBeTruthy()
    expect(screen.getByText('审核通过')).toBeTruthy()
    expect(screen.queryByText('授予称号')).toBeNull()
    await tap('请修改')
    const dialog = screen.getByRole('dialog')
    await act(async () => {
      fireEvent.click(within(dialog).getByText('发给推荐人'))
    })
    expect(within(dialog).getByText('请写明原因，至少 2 个字')).toBeTruthy()
    await act(async () => {
      fireEvent.click(within(dialog).getByText('照片看不清，请换几张'))
    })
    await act(async () => {
      fireEvent.click(within(dialog).getByText('发给推荐人'))
    })
    expect(backend.calls.filter((c) => c.key === 'goodPeople.review').map((c) => c.input)).toEqual([
      { goodPersonId: GP, decision: 'changes', reason: '照片看不清，请换几张' },
    ])
    expect(t.toast).toHaveBeenCalledWith(expect.objectContaining({ title: '已请推荐人修改' }))
    expect(await screen.findByText('请修改后再提交')).toBeTruthy()
    expect(screen.queryByText('审核通过')).toBeNull()
  })

  test('the admin awards a title: the default follows the year', async () => {
    quietTaro()
    const backend = fakeBackend({
      'goodPeople.detail': () => view({ titles: [], nomineeContact: '13800001111', actions: ['support', 'award'] }),
      'goodPeople.award': () => ({ awarded: true }),
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<DetailScreen goodPersonId={GP} />)
    await tap(await screen.findByText('授予称号').then((e) => e.textContent as string))
    const dialog = screen.getByRole('dialog')
    const year = new Date(Date.now() + 8 * 3600_000).getUTCFullYear()
    await typeInto('taro-input-core', 0, '2026')
    await act(async () => {
      fireEvent.click(within(dialog).getByText('确认授予'))
    })
    expect(backend.calls.filter((c) => c.key === 'goodPeople.award').map((c) => c.input)).toEqual([{ goodPersonId: GP, year: 2026, title: '2026年度青禾好人' }])
    expect(defaultTitle(year)).toBe(`${year}年度青禾好人`)
  })
})

describe('推荐经过', () => {
  const step = (extra: Partial<GoodPersonHistoryEntry> & Pick<GoodPersonHistoryEntry, 'version' | 'type' | 'label' | 'by' | 'at'>): GoodPersonHistoryEntry => ({
    decision: null,
    note: null,
    award: null,
    contentHash: 'a'.repeat(64),
    ...extra,
  })
  const steps: GoodPersonHistoryEntry[] = [
    step({ version: 1, type: 'submitted', label: '提交了推荐', at: '2026-11-20T02:00:00Z', by: '王建国（推荐人）' }),
    step({ version: 2, type: 'consent_given', label: '本人用确认码同意公开', at: '2026-11-20T03:00:00Z', by: '赵德明（被推荐人本人）' }),
    step({ version: 3, type: 'reviewed', label: '请推荐人修改', at: '2026-11-21T01:00:00Z', by: '孙丽（幸福里社区）', decision: 'changes', note: '事迹再写具体一些' }),
    step({ version: 4, type: 'revised', label: '修改后重新提交', at: '2026-11-21T05:00:00Z', by: '王建国（推荐人）', contentHash: 'b'.repeat(64) }),
  ]

  test('staff see who did what before deciding: newest on top, the text the nominee agreed to, a revision that differs (texts counted as they change, not steps), the reason given', async () => {
    quietTaro()
    const backend = fakeBackend({
      'goodPeople.detail': () =>
        view({ status: 'submitted', statusLabel: '等待审核', nomineeContact: '13800001111', consentVia: 'nominee', actions: ['review'], supports: 0, titles: [], seesHistory: true }),
      'goodPeople.history': () => steps,
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<DetailScreen goodPersonId={GP} />)
    const list = await screen.findByRole('list', { name: '推荐经过' })
    const items = within(list).getAllByRole('listitem')
    expect(items.map((li) => li.querySelector('.ct-step__label')?.textContent)).toEqual(['修改后重新提交', '请推荐人修改', '本人用确认码同意公开', '提交了推荐'])
    expect(items[0].className).toContain('ct-step--now')
    expect(within(items[0]).getByText('第2版内容，和同意公开时的第1版不一样')).toBeTruthy()
    expect(within(items[1]).getByText('孙丽（幸福里社区）')).toBeTruthy()
    expect(within(items[1]).getByText('事迹再写具体一些')).toBeTruthy()
    expect(within(items[2]).getByText('赵德明（被推荐人本人）')).toBeTruthy()
    expect(within(items[2]).getByText('同意的是第1版内容')).toBeTruthy()
    expect(within(items[3]).getByText('第1版内容')).toBeTruthy()
    expect(backend.calls.filter((c) => c.key === 'goodPeople.history').map((c) => c.input)).toEqual([{ goodPersonId: GP }])
    // no English and no codes on screen
    expect(list.textContent).not.toMatch(/[A-Za-z]/)
    // still there to decide on
    expect(screen.getByText('审核通过')).toBeTruthy()
  })

  test('the nominator reads it under the progress, in large text too', async () => {
    quietTaro()
    const mine = [
      step({ version: 1, type: 'submitted', label: '提交了推荐', at: '2026-11-20T02:00:00Z', by: '王建国（推荐人）' }),
      step({ version: 2, type: 'consent_given', label: '本人用确认码同意公开', at: '2026-11-20T03:00:00Z', by: '被推荐人本人' }),
    ]
    const backend = fakeBackend({
      'goodPeople.detail': () => view({ status: 'submitted', statusLabel: '等待审核', nomineeContact: '13800001111', consentVia: 'nominee', actions: [], supports: 0, titles: [], seesHistory: true }),
      'goodPeople.history': () => mine,
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    const { container } = render(<DetailScreen goodPersonId={GP} />)
    const list = await screen.findByRole('list', { name: '推荐经过' })
    expect(screen.getByText('社区工作人员正在审核，有结果会通知您。')).toBeTruthy()
    expect(within(list).getByText('被推荐人本人')).toBeTruthy()
    act(() => setLargeText(true))
    try {
      const page = container.querySelector('.ct-page') as HTMLElement
      expect(page.classList.contains('ct-large')).toBe(true)
      expect(page.contains(list)).toBe(true)
      expect(within(list).getAllByRole('listitem')).toHaveLength(2)
    } finally {
      act(() => setLargeText(false))
    }
  })

  test('nobody the server does not name asks for it, and a refusal shows as what it is, not a crash', async () => {
    quietTaro()
    const quiet = fakeBackend({ 'goodPeople.detail': () => view() })
    ;(call as jest.Mock).mockImplementation(quiet.impl)
    const { unmount } = render(<DetailScreen goodPersonId={GP} />)
    await screen.findByText(STORY_60)
    expect(screen.queryByText('推荐经过')).toBeNull()
    expect(quiet.calls.some((c) => c.key === 'goodPeople.history')).toBe(false)
    unmount()

    const refused = fakeBackend({
      'goodPeople.detail': () => view({ seesHistory: true }),
      'goodPeople.history': () => {
        throw new CloudError('FORBIDDEN', '推荐的经过只有推荐人、被推荐人本人和审核的社区工作人员可以查看')
      },
    })
    ;(call as jest.Mock).mockImplementation(refused.impl)
    render(<DetailScreen goodPersonId={GP} />)
    expect(await screen.findByText('推荐的经过只有推荐人、被推荐人本人和审核的社区工作人员可以查看')).toBeTruthy()
    // A refusal stays a refusal: no 重试 that could never succeed.
    expect(screen.queryByText('重试')).toBeNull()
    expect(screen.getByText('这里打不开')).toBeTruthy()
    expect(screen.getByText(STORY_60)).toBeTruthy()
  })
})

describe('确认推荐', () => {
  test('a code from the link is tidied; 同意公开 says whose nomination it was', async () => {
    quietTaro()
    const backend = fakeBackend({
      'goodPeople.lookupCode': () => ({ nomineeName: '赵德明', categoryName: '助人为乐', story: STORY_60, answered: false }),
      'goodPeople.consentByCode': () => ({ goodPersonId: GP, nomineeName: '赵德明', status: 'submitted' }),
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<ConsentScreen initialCode='k7qm-3xpa' />)
    // Whose nomination it is shows before answering.
    expect(await screen.findByText('推荐的是：赵德明（助人为乐）')).toBeTruthy()
    await tap('同意公开')
    expect(await screen.findByText('已同意公开')).toBeTruthy()
    expect(screen.getByText('推荐赵德明的事迹已提交审核。审核通过后会在“身边好人”展示，谢谢您！')).toBeTruthy()
    expect(backend.calls.filter((c) => c.key === 'goodPeople.consentByCode').map((c) => c.input)).toEqual([{ code: 'K7QM3XPA', agree: true }])
  })

  test('a short code is named before anything is sent; 婉拒 asks once; a wrong code shows the server\'s words', async () => {
    const t = quietTaro()
    const backend = fakeBackend({
      'goodPeople.lookupCode': () => {
        throw new CloudError('NOT_FOUND', '确认码不对，请核对后再输入')
      },
      'goodPeople.consentByCode': () => {
        throw new CloudError('NOT_FOUND', '确认码不对，请核对后再输入')
      },
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<ConsentScreen />)
    await typeInto('taro-input-core', 0, 'K7QM')
    await tap('同意公开')
    expect(screen.getByText('请输入8位确认码，现在是4位')).toBeTruthy()
    expect(backend.calls).toHaveLength(0)

    await typeInto('taro-input-core', 0, 'K7QM3XPB')
    await tap('婉拒')
    expect(t.modal).toHaveBeenCalledWith(expect.objectContaining({ title: '婉拒公开' }))
    expect(await screen.findByText('确认码不对，请核对后再输入')).toBeTruthy()
    expect(backend.calls.filter((c) => c.key === 'goodPeople.consentByCode').map((c) => c.input)).toEqual([{ code: 'K7QM3XPB', agree: false }])
  })
})

describe('确认推荐, opened from 消息', () => {
  const request = (overrides: Record<string, unknown> = {}) => ({
    goodPersonId: GP,
    nomineeName: '赵德明',
    category: 'helping',
    categoryName: '助人为乐',
    story: STORY_60,
    photos: [],
    asGuardian: false,
    waiting: true,
    myAnswer: null,
    ...overrides,
  })

  test('shows the story to be published, with no code to type; 同意公开 answers for this nomination', async () => {
    quietTaro()
    const backend = fakeBackend({
      'goodPeople.consentRequest': () => request(),
      'goodPeople.answerConsent': () => ({ goodPersonId: GP, nomineeName: '赵德明', status: 'submitted' }),
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<ConsentRequestScreen goodPersonId={GP} />)
    expect(await screen.findByText('推荐的是：赵德明')).toBeTruthy()
    expect(screen.getByText('助人为乐')).toBeTruthy()
    expect(screen.getByText(STORY_60)).toBeTruthy()
    expect(screen.queryByText('确认码')).toBeNull()
    expect(document.querySelectorAll('taro-input-core')).toHaveLength(0)
    await tap('同意公开')
    expect(await screen.findByText('已同意公开')).toBeTruthy()
    expect(backend.calls.filter((c) => c.key === 'goodPeople.answerConsent').map((c) => c.input)).toEqual([{ goodPersonId: GP, agree: true }])
    expect(backend.calls.some((c) => c.key === 'goodPeople.consentByCode' || c.key === 'goodPeople.lookupCode')).toBe(false)
  })

  test('婉拒 asks once and needs no reason; a parent reads it as their child’s', async () => {
    const t = quietTaro()
    const backend = fakeBackend({
      'goodPeople.consentRequest': () => request({ nomineeName: '王小明', categoryName: '新时代好少年', asGuardian: true }),
      'goodPeople.answerConsent': () => ({ goodPersonId: GP, nomineeName: '王小明', status: 'declined' }),
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<ConsentRequestScreen goodPersonId={GP} />)
    expect(await screen.findByText('推荐的是您的孩子：王小明')).toBeTruthy()
    await tap('婉拒')
    expect(t.modal).toHaveBeenCalledWith(expect.objectContaining({ title: '婉拒公开' }))
    expect(await screen.findByText('已婉拒')).toBeTruthy()
    expect(backend.calls.filter((c) => c.key === 'goodPeople.answerConsent').map((c) => c.input)).toEqual([{ goodPersonId: GP, agree: false }])
  })

  test('already answered: says so, with no buttons to answer again', async () => {
    quietTaro()
    const backend = fakeBackend({ 'goodPeople.consentRequest': () => request({ waiting: false, myAnswer: 'agreed' }) })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<ConsentRequestScreen goodPersonId={GP} />)
    expect(await screen.findByText('您已经同意公开了，谢谢您！社区工作人员审核后会在“身边好人”展示。')).toBeTruthy()
    expect(screen.queryByText('同意公开')).toBeNull()
    expect(screen.queryByText('婉拒')).toBeNull()
  })

  test('someone the request was not sent to reads the server’s words', async () => {
    quietTaro()
    const backend = fakeBackend({
      'goodPeople.consentRequest': () => {
        throw new CloudError('NOT_FOUND', '没有找到这条推荐，可能已经撤回了')
      },
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<ConsentRequestScreen goodPersonId={GP} />)
    expect(await screen.findByText('没有找到这条推荐，可能已经撤回了', { exact: false })).toBeTruthy()
    expect(screen.queryByText('同意公开')).toBeNull()
  })
})

test('rules as the server has them: phones, codes, the counter', () => {
  expect(phoneOk('138 0000 1111')).toBe(true)
  expect(phoneOk('0731-88886666')).toBe(true)
  expect(phoneOk('12345')).toBe(false)
  expect(normaliseCode(' abcd efgh ij')).toBe('ABCDEFGH')
  expect(storyCounter('')).toBe('已写0个字，还差50个字')
})
