import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { fakeBackend, quietTaro } from './helpers'

jest.mock('../../src/lib/cloud', () => {
  const actual = jest.requireActual('../../src/lib/cloud')
  return { ...actual, call: jest.fn() }
})
import { call, CloudError } from '../../src/lib/cloud'
import { NOT_BOUND_TITLE, PENDING_TITLE, RaiseScreen } from '../../src/features/matters/pages/raise/index'
import { MineScreen } from '../../src/features/matters/pages/mine/index'
import { QueueScreen } from '../../src/features/matters/pages/queue/index'
import { MatterScreen } from '../../src/features/matters/pages/matter/index'
import { RAISE_DRAFT_KEY } from '../../src/features/matters/hooks/useRaiseForm'
import { ROUTES } from '../../src/lib/routes'
import type { MatterView } from '../../server/modules/matters/contracts'

beforeEach(() => {
  jest.restoreAllMocks()
})

const M = '55555555-5555-4555-8555-555555555555'
const M2 = '66666666-6666-4666-8666-666666666666'
const TEXT = '楼上每天晚上十一点以后还在拖动家具，咚咚响'

const me = (household: unknown = { id: 'h1', label: '幸福里社区 1号楼 1单元 301', communityId: 'c1', communityName: '幸福里社区', buildingId: 'b1' }) => ({
  user: { id: 'u1', name: '王建国', maskedName: '王**', isMinor: false },
  county: { id: 'k1', name: '青禾县' },
  roles: [{ role: 'resident', scopeType: 'county', scopeId: 'k1', scopeName: '青禾县' }],
  household,
  guardians: [],
  wards: [],
})

function matter(extra: Partial<MatterView> = {}): MatterView {
  return {
    id: M,
    kind: 'noise',
    kindLabel: '噪音扰民',
    text: TEXT,
    photos: [],
    status: 'open',
    statusLabel: '待处理',
    building: '幸福里社区 1号楼',
    room: '1单元 301',
    resident: null,
    isMine: true,
    answer: null,
    answeredBy: null,
    answeredAt: null,
    resolution: null,
    resolvedAt: null,
    reportId: null,
    createdAt: new Date().toISOString(),
    actions: [],
    defaultAddress: null,
    ...extra,
  }
}

/** The same matter as its captain sees it. */
const forCaptain = (extra: Partial<MatterView> = {}) => matter({ resident: '王**', isMine: false, actions: ['answer', 'resolve', 'report'], defaultAddress: '幸福里社区1号楼', ...extra })

function savedDraft(): Record<string, any> | undefined {
  const v = Taro.getStorageSync(`ct.draft.${RAISE_DRAFT_KEY}`)
  return v && typeof v === 'object' ? v : undefined
}

async function typeInto(tag: 'taro-textarea-core' | 'taro-input-core', index: number, value: string) {
  const box = document.querySelectorAll(tag)[index] as HTMLElement
  await waitFor(() => expect(box.querySelector(tag === 'taro-textarea-core' ? 'textarea' : 'input')).toBeTruthy())
  act(() => {
    box.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
}

async function tap(text: string | HTMLElement) {
  await act(async () => {
    fireEvent.click(typeof text === 'string' ? screen.getByText(text) : text)
  })
}

describe('找楼长', () => {
  test('says where the matter goes, refuses too short a text before sending, and keeps what was typed', async () => {
    quietTaro()
    const backend = fakeBackend({ 'identity.me': () => me() })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<RaiseScreen />)
    expect(await screen.findByText('幸福里社区 1号楼 1单元 301')).toBeTruthy()
    await tap('噪音扰民')
    await typeInto('taro-textarea-core', 0, '太吵')
    expect(screen.getByText('还差 3 个字')).toBeTruthy()
    await tap('发给楼长')
    expect(screen.getByText('请用至少 5 个字说说情况')).toBeTruthy()
    expect(backend.calls.some((c) => c.key === 'matters.raise')).toBe(false)
    expect(savedDraft()).toMatchObject({ kind: 'noise', text: '太吵' })
  })

  test('sends once with the draft\'s key, clears the draft and opens the matter', async () => {
    const t = quietTaro()
    const backend = fakeBackend({ 'identity.me': () => me(), 'matters.raise': () => ({ matterId: M, status: 'open', alreadyRaised: false }) })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<RaiseScreen />)
    await screen.findByText('幸福里社区 1号楼 1单元 301')
    await tap('楼道杂物')
    await typeInto('taro-textarea-core', 0, `  ${TEXT}  `)
    await tap('发给楼长')
    expect(backend.calls.filter((c) => c.key === 'matters.raise').map((c) => c.input)).toEqual([
      { idempotencyKey: expect.stringMatching(/^[0-9a-f-]{36}$/), kind: 'clutter', text: TEXT, photos: [] },
    ])
    expect(t.toast).toHaveBeenCalledWith(expect.objectContaining({ title: '已发给楼长' }))
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: `${ROUTES.matterDetail}?id=${M}` })
    expect(savedDraft()).toBeUndefined()
  })

  test('when the network fails the draft stays, with the same key, and the form says it can be sent again', async () => {
    quietTaro()
    const keys: string[] = []
    let fail = true
    const backend = fakeBackend({
      'identity.me': () => me(),
      'matters.raise': (input) => {
        keys.push(input.idempotencyKey)
        if (fail) throw new CloudError('NETWORK', '网络不太好，请稍后重试')
        return { matterId: M, status: 'open', alreadyRaised: false }
      },
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<RaiseScreen />)
    await screen.findByText('幸福里社区 1号楼 1单元 301')
    await tap('垃圾堆放')
    await typeInto('taro-textarea-core', 0, TEXT)
    await tap('发给楼长')
    expect(await screen.findByText('网络不太好，请稍后重试')).toBeTruthy()
    expect(screen.getByText('您写的内容都还在，可以直接再点“发给楼长”。')).toBeTruthy()
    expect(savedDraft()).toMatchObject({ kind: 'waste', text: TEXT })
    fail = false
    await tap('发给楼长')
    expect(keys).toHaveLength(2)
    expect(keys[1]).toBe(keys[0])
  })

  test('someone with no home bound is led to binding instead of a form', async () => {
    quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'identity.me': () => me(null) }).impl)
    render(<RaiseScreen />)
    expect(await screen.findByText(NOT_BOUND_TITLE)).toBeTruthy()
    expect(screen.queryByText('发给楼长')).toBeNull()
    await tap('去绑定住户')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: ROUTES.household })
  })

  test('someone whose binding waits on the captain is told so, not sent to bind again', async () => {
    quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'identity.me': () => ({ ...me(null), pendingHousehold: { label: '幸福里社区 1号楼 1单元 501' } }) }).impl)
    render(<RaiseScreen />)
    expect(await screen.findByText(PENDING_TITLE)).toBeTruthy()
    expect(screen.getByText(/幸福里社区 1号楼 1单元 501/)).toBeTruthy()
    expect(screen.queryByText('去绑定住户')).toBeNull()
    expect(screen.queryByText('发给楼长')).toBeNull()
  })
})

describe('我找楼长的事', () => {
  test('lists each matter with its status and the captain\'s answer; an empty list leads to 找楼长', async () => {
    quietTaro()
    ;(call as jest.Mock).mockImplementation(
      fakeBackend({
        'matters.mine': () => [matter({ id: M2, kind: 'waste', kindLabel: '垃圾堆放', text: '垃圾桶满了' }), matter({ status: 'answered', statusLabel: '已回复', answer: '我今晚去502说一下', answeredBy: '楼长李桂芳' })],
      }).impl,
    )
    render(<MineScreen />)
    const answered = (await screen.findByText('我今晚去502说一下')).closest('.mt-card') as HTMLElement
    expect(within(answered).getByText('已回复')).toBeTruthy()
    expect(within(answered).getByText('楼长李桂芳回复：')).toBeTruthy()
    const open = screen.getByText('垃圾桶满了').closest('.mt-card') as HTMLElement
    expect(within(open).getByText('待处理')).toBeTruthy()
    await tap(answered)
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `${ROUTES.matterDetail}?id=${M}` })
  })

  test('an empty list says what to do next', async () => {
    quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'matters.mine': () => [] }).impl)
    render(<MineScreen />)
    expect(await screen.findByText('还没有找过楼长')).toBeTruthy()
    await tap('找楼长')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: ROUTES.matterRaise })
  })
})

describe('楼栋事务', () => {
  test('tabs count open, answered and settled matters; each card shows the room and the masked name', async () => {
    quietTaro()
    ;(call as jest.Mock).mockImplementation(
      fakeBackend({
        'matters.queue': () => [forCaptain(), forCaptain({ id: M2, status: 'resolved', statusLabel: '已解决', actions: [] })],
      }).impl,
    )
    render(<QueueScreen />)
    expect(await screen.findByText('待处理（1）')).toBeTruthy()
    expect(screen.getByText('已回复（0）')).toBeTruthy()
    expect(screen.getByText('已办结（1）')).toBeTruthy()
    expect(screen.getAllByText(/1单元 301 · 王\*\*/)).toHaveLength(1)
    await tap('已回复（0）')
    expect(screen.getByText('没有回复了还没办结的事')).toBeTruthy()
    await tap('已办结（1）')
    expect(screen.getByText('已解决')).toBeTruthy()
  })
})

describe('a matter', () => {
  test('the captain replies through a sheet; the page reloads with the answer and the remaining steps', async () => {
    const t = quietTaro()
    let answered = false
    const backend = fakeBackend({
      'matters.detail': () => (answered ? forCaptain({ status: 'answered', statusLabel: '已回复', answer: '收到，我今天就去看看', answeredBy: '楼长李桂芳', answeredAt: new Date().toISOString(), actions: ['resolve', 'report'] }) : forCaptain()),
      'matters.answer': () => {
        answered = true
        return forCaptain()
      },
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<MatterScreen matterId={M} />)
    expect(await screen.findByText(TEXT)).toBeTruthy()
    expect(screen.getByText(/1单元 301 · 王\*\*/)).toBeTruthy()
    await tap('回复居民')
    await tap('收到，我今天就去看看')
    await tap('发送回复')
    expect(backend.calls.filter((c) => c.key === 'matters.answer').map((c) => c.input)).toEqual([{ matterId: M, text: '收到，我今天就去看看' }])
    expect(t.toast).toHaveBeenCalledWith(expect.objectContaining({ title: '已回复居民' }))
    expect(await screen.findByText(/楼长李桂芳回复/)).toBeTruthy()
    expect(screen.queryByText('回复居民')).toBeNull()
    expect(screen.getByText('标记已解决')).toBeTruthy()
  })

  test('another captain was quicker: the server\'s words show and the matter reloads', async () => {
    quietTaro()
    let calls = 0
    const backend = fakeBackend({
      'matters.detail': () => (calls++ === 0 ? forCaptain() : forCaptain({ status: 'resolved', statusLabel: '已解决', resolution: '已经说好了', actions: [] })),
      'matters.resolve': () => {
        throw new CloudError('CONFLICT', '刚刚有人处理了这件事，请刷新后再看')
      },
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<MatterScreen matterId={M} />)
    await screen.findByText(TEXT)
    await tap('标记已解决')
    await typeInto('taro-textarea-core', 0, '已经处理好了')
    await tap('确认已解决')
    expect(await screen.findByText('刚刚有人处理了这件事，请刷新后再看')).toBeTruthy()
    expect(await screen.findByText('已经说好了')).toBeTruthy()
  })

  test('转为随手拍 needs a type and a place; then it sends the captain\'s position and the building\'s address', async () => {
    quietTaro()
    jest.spyOn(Taro, 'chooseLocation').mockImplementation(() => Promise.resolve({ latitude: 29.56, longitude: 106.55, name: '', address: '', errMsg: 'ok' }) as any)
    const backend = fakeBackend({
      'matters.detail': () => forCaptain({ kind: 'dispute', kindLabel: '邻里纠纷' }),
      'reports.categories': () => [{ id: 'cat-1', name: '乱扔垃圾' }, { id: 'cat-2', name: '噪音扰民' }],
      'matters.report': () => forCaptain({ status: 'reported', actions: [] }),
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<MatterScreen matterId={M} />)
    await screen.findByText(TEXT)
    await tap('转为随手拍')
    const sheet = screen.getByRole('dialog')
    await tap('提交随手拍')
    expect(within(sheet).getByText('请选择问题类型')).toBeTruthy()
    expect(within(sheet).getByText('请先确定位置：点“使用我现在的位置”')).toBeTruthy()
    expect(backend.calls.some((c) => c.key === 'matters.report')).toBe(false)
    await act(async () => {
      fireEvent.click(within(sheet).getByRole('radio', { name: '噪音扰民' }))
    })
    await tap(within(sheet).getByText('使用我现在的位置'))
    await tap('提交随手拍')
    const sent = backend.calls.filter((c) => c.key === 'matters.report').map((c) => c.input)
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({ matterId: M, categoryId: 'cat-2', address: '幸福里社区1号楼' })
    expect(typeof sent[0].latitude).toBe('number')
  })

  test('转为随手拍 chooses the likely type for the kind of matter; the captain may change it', async () => {
    quietTaro()
    ;(call as jest.Mock).mockImplementation(
      fakeBackend({
        'matters.detail': () => forCaptain(),
        'reports.categories': () => [{ id: 'cat-1', name: '乱扔垃圾' }, { id: 'cat-2', name: '噪音扰民' }],
      }).impl,
    )
    render(<MatterScreen matterId={M} />)
    await screen.findByText(TEXT)
    await tap('转为随手拍')
    const sheet = screen.getByRole('dialog')
    await waitFor(() => expect(within(sheet).getByRole('radio', { name: '噪音扰民' }).getAttribute('aria-checked')).toBe('true'))
    await tap(within(sheet).getByRole('radio', { name: '乱扔垃圾' }))
    expect(within(sheet).getByRole('radio', { name: '乱扔垃圾' }).getAttribute('aria-checked')).toBe('true')
  })

  test('the resident reads where it stands, and a reported matter links to its 随手拍', async () => {
    quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'matters.detail': () => matter({ status: 'reported', statusLabel: '已转随手拍', reportId: M2 }) }).impl)
    render(<MatterScreen matterId={M} />)
    expect(await screen.findByText(/已经把它转成了随手拍/)).toBeTruthy()
    expect(screen.queryByText('回复居民')).toBeNull()
    await tap('看随手拍的办理进展')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `${ROUTES.reportDetail}?id=${M2}` })
  })

  test('a link without an id says so instead of asking the server', async () => {
    quietTaro()
    const backend = fakeBackend({})
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<MatterScreen matterId={undefined} />)
    expect(screen.getByText('这个链接不完整，打不开')).toBeTruthy()
    expect(backend.calls).toEqual([])
  })
})
