import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { fakeBackend, quietTaro } from './helpers'

jest.mock('../../src/lib/cloud', () => {
  const actual = jest.requireActual('../../src/lib/cloud')
  return { ...actual, call: jest.fn() }
})
import { call, CloudError } from '../../src/lib/cloud'
import { NominateScreen } from '../../src/features/families/pages/nominate/index'
import { NominationScreen } from '../../src/features/families/pages/nomination/index'
import { CampaignScreen } from '../../src/features/families/pages/campaign/index'
import { nominateDraftKey, CHILD_NOTE } from '../../src/features/families/hooks/useNominateForm'
import { storyLength, validateFamily } from '../../src/features/families/hooks/rules'
import { isoOf, newCampaignForm, validateCampaign } from '../../src/features/families/hooks/useAdmin'
import { ranked } from '../../src/features/families/hooks/useCampaign'
import { currentCampaign, rulesText } from '../../src/features/families/components/words'
import type { CampaignDetail, FamilyEntry, NominationView } from '../../server/modules/families/contracts'

beforeEach(() => {
  jest.restoreAllMocks()
})

const C1 = '11111111-1111-4111-8111-111111111111'
const N1 = '22222222-2222-4222-8222-222222222222'
const N2 = '33333333-3333-4333-8333-333333333333'
const STORY =
  '我家有爸爸、妈妈、奶奶和我。奶奶腿脚不好，爸爸每天下班都扶她下楼散步；妈妈周末去社区做志愿者，帮邻居打扫楼道。我们家的垃圾每天都分好类再扔，楼下的叔叔阿姨都夸我们。'

function campaign(extra: Partial<CampaignDetail> = {}): CampaignDetail {
  return {
    id: C1,
    title: '2025年度青禾县文明家庭评选',
    phase: 'nomination',
    phaseLabel: '推荐中',
    nominationStartsAt: '2025-11-26T00:00:00Z',
    nominationEndsAt: '2025-12-10T12:00:00Z',
    votingStartsAt: '2025-12-11T00:00:00Z',
    votingEndsAt: '2025-12-25T12:00:00Z',
    entries: 0,
    description: '小手拉大手，文明一起走。',
    rules: { votesPerDay: 1, repeatSameFamily: false, requireHousehold: true, minorsMayVote: false },
    votesLeftToday: null,
    myNominationId: null,
    mayNominate: true,
    isAdmin: false,
    ...extra,
  }
}

function me(isMinor: boolean) {
  return {
    user: { id: 'u1', name: isMinor ? '王小明' : '王建国', maskedName: '王**', isMinor },
    county: { id: 'c', name: '青禾县' },
    roles: [],
    household: { id: 'h', label: '幸福里社区 1号楼 1单元 301', communityId: 'x', communityName: '幸福里社区', buildingId: 'b' },
    guardians: [],
    wards: [],
  }
}

function draftOf(key: string): Record<string, any> | undefined {
  const v = Taro.getStorageSync(`ct.draft.${key}`)
  return v && typeof v === 'object' ? v : undefined
}

/** Taro's input and textarea are web components here: typing is an input event carrying detail.value. */
async function typeInto(tag: 'taro-textarea-core' | 'taro-input-core', index: number, value: string, root: ParentNode = document) {
  const box = root.querySelectorAll(tag)[index] as HTMLElement
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

describe('推荐家庭', () => {
  test('the story counts up to the 50-character rule; a short one is named before anything is sent, and the draft survives leaving', async () => {
    const t = quietTaro()
    const redirect = jest.spyOn(Taro, 'redirectTo').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as any)
    const backend = fakeBackend({
      'families.campaign': () => campaign(),
      'identity.me': () => me(false),
      'families.nominate': () => ({ nominationId: N1, status: 'submitted' }),
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)

    const first = render(<NominateScreen campaignId={C1} />)
    expect(await screen.findByText('家庭故事')).toBeTruthy()
    expect(screen.getByText(/至少写 50 个字/)).toBeTruthy()
    expect(screen.getByText('已写 0 字，还差 50 字')).toBeTruthy()
    await typeInto('taro-input-core', 0, '王家')
    await typeInto('taro-textarea-core', 0, STORY.slice(0, 20))
    expect(screen.getByText('已写 20 字，还差 30 字')).toBeTruthy()

    await tap('提交推荐')
    expect(screen.getByText('家庭故事至少写50个字，现在是20个字')).toBeTruthy()
    expect(backend.calls.some((c) => c.key === 'families.nominate')).toBe(false)
    expect(draftOf(nominateDraftKey(C1))).toMatchObject({ displayName: '王家', story: STORY.slice(0, 20) })
    first.unmount()

    // back later: what was typed is still there
    render(<NominateScreen campaignId={C1} />)
    await waitFor(() => expect((document.querySelector('taro-textarea-core') as HTMLElement & { value?: string }).value).toBe(STORY.slice(0, 20)))
    expect((document.querySelector('taro-input-core') as HTMLElement & { value?: string }).value).toBe('王家')
    await typeInto('taro-textarea-core', 0, STORY)
    expect(screen.getByText(`已写 ${storyLength(STORY)} 字（最多 1500 字）`)).toBeTruthy()
    await tap('提交推荐')
    await waitFor(() => expect(redirect).toHaveBeenCalledWith({ url: `/features/families/pages/nomination/index?id=${N1}` }))
    expect(backend.calls.filter((c) => c.key === 'families.nominate').map((c) => c.input)).toEqual([
      { campaignId: C1, displayName: '王家', story: STORY, photos: [] },
    ])
    expect(draftOf(nominateDraftKey(C1))).toBeUndefined()
    expect(t.toast).toHaveBeenCalledWith(expect.objectContaining({ title: '已提交' }))
  })

  test('a child reads kind words: the parent is asked first', async () => {
    quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'families.campaign': () => campaign(), 'identity.me': () => me(true) }).impl)
    render(<NominateScreen campaignId={C1} />)
    expect(await screen.findByText(`${CHILD_NOTE}。`)).toBeTruthy()
    expect(CHILD_NOTE).toBe('提交后，会先请爸爸妈妈看一看，同意后才会给社区审核')
    expect(screen.getByText('给你的家起个名字')).toBeTruthy()
    expect(screen.getByText('说说你家的故事')).toBeTruthy()
    expect(screen.getByText('提交给爸爸妈妈')).toBeTruthy()
  })

  test('the rules match the contract: 2–12 characters of name, 50 characters of story counted as people count', () => {
    expect(validateFamily({ displayName: '王', story: STORY, photos: [] }).displayName).toBe('家庭名称至少2个字，例如：王家')
    expect(validateFamily({ displayName: '王家', story: '好'.repeat(49), photos: [] }).story).toBe('家庭故事至少写50个字，现在是49个字')
    expect(validateFamily({ displayName: '王家', story: '好'.repeat(50), photos: [] })).toEqual({})
    expect(storyLength('  😀好  ')).toBe(2)
  })
})

function nomination(extra: Partial<NominationView> = {}): NominationView {
  return {
    id: N1,
    campaignId: C1,
    campaignTitle: '2025年度青禾县文明家庭评选',
    status: 'awaiting_consent',
    statusLabel: '等待家长同意',
    displayName: '王小明家',
    story: STORY,
    photos: ['/files/drawing.jpg'],
    nominatedAs: '由孩子推荐',
    childName: '王小明',
    childNameShown: null,
    community: '幸福里社区',
    reviewNote: null,
    votes: 0,
    householdId: null,
    actions: ['consent'],
    ...extra,
  }
}

describe('家长确认', () => {
  test('the form starts from what the child wrote; the guardian\'s edits are what is published, and the child\'s name stays hidden unless switched on', async () => {
    const t = quietTaro()
    const backend = fakeBackend({
      'families.nomination': () => nomination(),
      'identity.me': () => me(false),
      'families.consent': (input) =>
        nomination({ ...input, status: 'submitted', statusLabel: '等待社区审核', childNameShown: input.showChildName ? '王小明' : null, actions: ['withdrawConsent'] }),
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<NominationScreen nominationId={N1} />)

    expect(await screen.findByText('同意并提交社区审核')).toBeTruthy()
    expect(screen.getByText('公开孩子的名字（王小明）')).toBeTruthy()
    // off by default, and it says what that means
    expect(screen.getByText('不公开：大家只看到“由孩子推荐”，看不到孩子的名字')).toBeTruthy()
    expect(screen.getByText('· 不会公开孩子的名字')).toBeTruthy()
    await waitFor(() => expect((document.querySelector('taro-input-core') as HTMLElement & { value?: string }).value).toBe('王小明家'))

    // turning it on shows what would be published; off again before agreeing
    const toggle = () => act(async () => fireEvent.click(document.querySelector('.nut-switch') as HTMLElement))
    await toggle()
    expect(screen.getByText('公开后，大家会看到“由孩子推荐（王小明）”')).toBeTruthy()
    expect(screen.getByText('· 孩子的名字：王小明')).toBeTruthy()
    await toggle()
    expect(screen.getByText('· 不会公开孩子的名字')).toBeTruthy()

    await typeInto('taro-input-core', 0, '王家')
    expect(screen.getByText('· 家庭名称“王家”和所在社区（幸福里社区）')).toBeTruthy()
    await tap('同意并提交社区审核')

    expect(backend.calls.filter((c) => c.key === 'families.consent').map((c) => c.input)).toEqual([
      { nominationId: N1, displayName: '王家', story: STORY, photos: ['/files/drawing.jpg'], showChildName: false },
    ])
    expect(t.toast).toHaveBeenCalledWith(expect.objectContaining({ title: '已同意' }))
    expect(await screen.findByText('等待社区审核')).toBeTruthy()
    expect(screen.getByText('推荐人：王小明（名字不公开）')).toBeTruthy()
    expect(screen.queryByText('同意并提交社区审核')).toBeNull()
    expect(screen.getByText('撤回同意', { selector: '.nut-button, .nut-button *' })).toBeTruthy()
  })

  test('withdrawing asks once, saying the family will no longer be shown', async () => {
    const t = quietTaro()
    const backend = fakeBackend({
      'families.nomination': () => nomination({ status: 'approved', statusLabel: '已入选投票名单', actions: ['withdrawConsent'] }),
      'identity.me': () => me(false),
      'families.withdrawConsent': () => nomination({ status: 'withdrawn', statusLabel: '已撤回', actions: [] }),
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<NominationScreen nominationId={N1} />)
    await screen.findByText('已入选投票名单')
    await act(async () => {
      fireEvent.click(screen.getByText('撤回同意', { selector: '.nut-button, .nut-button *' }))
    })
    expect(t.modal).toHaveBeenCalledWith(expect.objectContaining({ content: '撤回后，这个家庭将不再公开显示' }))
    expect(await screen.findByText('已撤回同意，这个家庭不再公开显示。')).toBeTruthy()
  })

  test('staff ask for changes with a reason; the family then revises from what was sent, with the note above', async () => {
    quietTaro()
    let current = nomination({ status: 'submitted', statusLabel: '等待社区审核', childName: null, actions: ['review'] })
    const backend = fakeBackend({
      'families.nomination': () => current,
      'identity.me': () => me(false),
      'families.review': (input) => {
        current = nomination({ status: 'changes_requested', statusLabel: '请修改后再提交', childName: null, reviewNote: input.reason, actions: [] })
        return current
      },
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<NominationScreen nominationId={N1} />)
    await screen.findByText('审核这条推荐')
    await tap('请修改')
    const dialog = screen.getByRole('dialog')
    await act(async () => {
      fireEvent.click(within(dialog).getByText('请对方修改'))
    })
    expect(within(dialog).getByText('请写明原因，至少 2 个字')).toBeTruthy()
    await act(async () => {
      fireEvent.click(within(dialog).getByText('故事再写具体一些'))
    })
    await act(async () => {
      fireEvent.click(within(dialog).getByText('请对方修改'))
    })
    expect(backend.calls.filter((c) => c.key === 'families.review').map((c) => c.input)).toEqual([
      { nominationId: N1, decision: 'changes', reason: '故事再写具体一些' },
    ])
    expect(await screen.findByText('社区的意见：故事再写具体一些')).toBeTruthy()
  })
})

function entry(extra: Partial<FamilyEntry> = {}): FamilyEntry {
  return {
    nominationId: N1,
    displayName: '王家',
    community: '幸福里社区',
    story: STORY,
    photos: [],
    nominatedAs: '由孩子推荐',
    childName: null,
    votes: 3,
    rank: 1,
    stars: null,
    ...extra,
  }
}

describe('投票', () => {
  const voting = () =>
    campaign({ phase: 'voting', phaseLabel: '投票中', entries: 2, votesLeftToday: 1, mayNominate: false })
  const summaries = () => [{ ...voting() }]

  test('a refused vote shows the server\'s words under the family', async () => {
    const t = quietTaro()
    const backend = fakeBackend({
      'families.campaigns': summaries,
      'families.campaign': voting,
      'families.entries': () => [entry(), entry({ nominationId: N2, displayName: '李家', votes: 1, rank: 2 })],
      'families.vote': () => {
        throw new CloudError('RATE_LIMITED', '今天的投票次数已用完，明天再来吧')
      },
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<CampaignScreen />)
    const button = await screen.findByLabelText('给李家投票')
    await act(async () => {
      fireEvent.click(button)
    })
    expect(backend.calls.filter((c) => c.key === 'families.vote').map((c) => c.input)).toEqual([{ nominationId: N2 }])
    const alert = await screen.findByRole('alert')
    expect(within(alert).getByText('今天的投票次数已用完，明天再来吧')).toBeTruthy()
    expect(t.toast).toHaveBeenCalledWith(expect.objectContaining({ title: '今天的投票次数已用完，明天再来吧' }))
  })

  test('a vote moves the count and the votes left; the ranking chart follows', async () => {
    quietTaro()
    const backend = fakeBackend({
      'families.campaigns': summaries,
      'families.campaign': voting,
      'families.entries': () => [entry(), entry({ nominationId: N2, displayName: '李家', votes: 3, rank: 1, stars: 8 })],
      'families.vote': () => ({ votes: 4, votesLeftToday: 0 }),
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<CampaignScreen />)
    expect(await screen.findByText('今天还可以投')).toBeTruthy()
    expect(screen.getByText('8星级文明户')).toBeTruthy()
    expect(rulesText(voting().rules)[0]).toBe('每人每天可投1票，不能投给自己家')
    expect(screen.getByText(/^每人每天可投1票，不能投给自己家。投票 .*12月25日 20:00 截止。$/)).toBeTruthy()
    await act(async () => {
      fireEvent.click(screen.getByLabelText('给李家投票'))
    })
    expect(await screen.findByText('今天的票已经投完了，明天再来吧')).toBeTruthy()
    expect(screen.getByText('4')).toBeTruthy()
    expect(screen.getByText('今天已投')).toBeTruthy()
    await tap('排行榜')
    expect(screen.getByRole('listitem', { name: '第1名，李家，幸福里社区，4票' })).toBeTruthy()
    expect(screen.getByRole('listitem', { name: '第2名，王家，幸福里社区，3票' })).toBeTruthy()
  })
})

test('ties share a rank (1, 1, 3)', () => {
  const e = (id: string, votes: number) => entry({ nominationId: id, votes })
  expect(ranked([e('a', 2), e('b', 5), e('c', 5)]).map((x) => [x.nominationId, x.rank])).toEqual([
    ['b', 1],
    ['c', 1],
    ['a', 3],
  ])
})

test('a new campaign starts with dates in order, in Beijing time, and is checked like the server', () => {
  const f = newCampaignForm(Date.parse('2025-11-27T02:10:00Z'))
  expect(f.nominationStartsAt).toEqual({ date: '2025-11-27', time: '11:00' })
  expect(isoOf(f.nominationStartsAt)).toBe('2025-11-27T11:00:00+08:00')
  expect(validateCampaign(f)).toEqual({})
  expect(validateCampaign({ ...f, votingStartsAt: { date: '2025-12-01', time: '08:00' } })).toEqual({ votingStartsAt: '投票要在推荐截止之后开始' })
})

test('the current campaign is the running one; a campaign set up for later does not hide it', () => {
  const c = (id: string, phase: string) => ({ id, phase })
  expect(currentCampaign([c('next', 'upcoming'), c('now', 'voting'), c('old', 'results')])?.id).toBe('now')
  expect(currentCampaign([c('next', 'upcoming'), c('old', 'results')])?.id).toBe('next')
  expect(currentCampaign([])).toBeUndefined()
})
