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
import { TEN_STAR_CRITERIA } from '../../server/modules/families/domain/ten-stars'
import { criteriaOf, TEN_STARS } from '../../src/features/families/hooks/tenStars'
import { NEIGHBOUR_NOTE, nominateTargetKey } from '../../src/features/families/hooks/useNeighbourPick'
import { consentNote } from '../../src/features/families/pages/consents/index'

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
    writtenOnMyPhone: false,
    seesHistory: false,
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
    const toggle = () => act(async () => fireEvent.click(document.querySelector('.ct-switch') as HTMLElement))
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
    // the schedule on the shared rail: done green, the current phase red and 进行中
    const schedule = screen.getByRole('list', { name: '评选日程' })
    expect(within(schedule).getAllByRole('listitem').map((li) => li.className.match(/ct-step--(now|done)/)?.[1] ?? 'next')).toEqual(['done', 'done', 'now', 'next'])
    expect(within(schedule).getByText('进行中')).toBeTruthy()
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

describe('十星级文明户', () => {
  const H1 = '44444444-4444-4444-8444-444444444444'
  const staffView = () =>
    nomination({ status: 'submitted', statusLabel: '等待社区审核', childName: null, displayName: '王家', householdId: H1, actions: ['review'] })

  test('the form\'s ten criteria are the server\'s, in the server\'s order', () => {
    expect([...TEN_STARS]).toEqual([...TEN_STAR_CRITERIA])
    expect(criteriaOf(['遵纪守法星', '热心公益星'])).toEqual([false, true, false, false, false, false, false, false, false, true])
  })

  test('staff rate the household from the nomination they review: ten switches, the stars as they go, saved once', async () => {
    const t = quietTaro()
    let rated: { stars: number; met: string[]; ratedAt: string | null } = { stars: 0, met: [], ratedAt: null }
    const backend = fakeBackend({
      'families.nomination': staffView,
      'identity.me': () => me(false),
      'families.householdStars': () => ({ householdId: H1, ...rated }),
      'families.rateHousehold': ({ criteria }) => {
        rated = { stars: criteria.filter(Boolean).length, met: TEN_STARS.filter((_, i) => criteria[i]), ratedAt: '2025-11-27T06:30:00Z' }
        return { householdId: H1, ...rated }
      },
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<NominationScreen nominationId={N1} />)

    expect(await screen.findByText('这户人家还没有评定星级。')).toBeTruthy()
    expect(backend.calls.filter((c) => c.key === 'families.householdStars').map((c) => c.input)).toEqual([{ householdId: H1 }])
    await tap('评定星级')
    const dialog = screen.getByRole('dialog', { name: '评定十星级文明户' })
    expect(within(dialog).getByText('王家 · 幸福里社区。对照十项标准逐项评定：达到哪一项，就打开哪一项的开关。')).toBeTruthy()
    expect(within(dialog).getByText('还没有达到的标准，保存后不显示星级')).toBeTruthy()
    for (const name of TEN_STARS) expect(within(dialog).getByText(name)).toBeTruthy()

    // eight of ten met: the stars follow each switch
    for (const name of TEN_STARS.slice(0, 8)) {
      await act(async () => {
        fireEvent.click(within(dialog).getByLabelText(name))
      })
    }
    expect(within(dialog).getByText('评为8星级文明户')).toBeTruthy()
    await act(async () => {
      fireEvent.click(within(dialog).getByLabelText('爱党爱国星'))
    })
    expect(within(dialog).getByText('评为7星级文明户')).toBeTruthy()
    await act(async () => {
      fireEvent.click(within(dialog).getByLabelText('爱党爱国星'))
    })
    await act(async () => {
      fireEvent.click(within(dialog).getByText('保存评定'))
    })

    expect(backend.calls.filter((c) => c.key === 'families.rateHousehold').map((c) => c.input)).toEqual([
      { householdId: H1, criteria: [true, true, true, true, true, true, true, true, false, false] },
    ])
    expect(t.toast).toHaveBeenCalledWith(expect.objectContaining({ title: '已评为8星级' }))
    expect(screen.queryByRole('dialog')).toBeNull()
    expect(await screen.findByText('8星级文明户')).toBeTruthy()
    expect(screen.getByText(/^达到：爱党爱国星、遵纪守法星/)).toBeTruthy()
    expect(screen.getByText('重新评定')).toBeTruthy()

    // rating again starts from the rating as it stands
    await tap('重新评定')
    expect(within(screen.getByRole('dialog')).getByText('评为8星级文明户')).toBeTruthy()
  })

  test('a refused rating keeps the switches and says why in the form', async () => {
    quietTaro()
    const backend = fakeBackend({
      'families.nomination': staffView,
      'identity.me': () => me(false),
      'families.householdStars': () => ({ householdId: H1, stars: 3, met: ['爱党爱国星', '遵纪守法星', '诚实守信星'], ratedAt: '2025-11-20T02:00:00Z' }),
      'families.rateHousehold': () => {
        throw new CloudError('FORBIDDEN', '只有本社区的工作人员可以评定文明户')
      },
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<NominationScreen nominationId={N1} />)
    expect(await screen.findByText('3星级文明户')).toBeTruthy()
    await tap('重新评定')
    const dialog = screen.getByRole('dialog')
    await act(async () => {
      fireEvent.click(within(dialog).getByLabelText('热心公益星'))
    })
    await act(async () => {
      fireEvent.click(within(dialog).getByText('保存评定'))
    })
    expect(within(dialog).getByRole('alert').textContent).toBe('只有本社区的工作人员可以评定文明户')
    expect(within(dialog).getByText('评为4星级文明户')).toBeTruthy()
  })

  test('nobody but staff sees the rating (the server names the household to staff only)', async () => {
    quietTaro()
    const backend = fakeBackend({
      'families.nomination': () => nomination({ status: 'approved', statusLabel: '已入选投票名单', actions: ['withdrawConsent'] }),
      'identity.me': () => me(false),
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<NominationScreen nominationId={N1} />)
    await screen.findByText('已入选投票名单')
    expect(screen.queryByText('十星级文明户')).toBeNull()
    expect(backend.calls.some((c) => c.key === 'families.householdStars')).toBe(false)
  })
})

describe('推荐经过', () => {
  const steps = [
    { version: 1, type: 'submitted', label: '孩子提交了推荐', at: '2025-11-26T02:00:00Z', by: '孩子', decision: null, note: null, contentHash: 'a'.repeat(64), childNameShown: false },
    { version: 2, type: 'consent_given', label: '家长同意公开', at: '2025-11-26T03:00:00Z', by: '王建国（家长）', decision: null, note: null, contentHash: 'a'.repeat(64), childNameShown: false },
    { version: 3, type: 'reviewed', label: '社区请修改', at: '2025-11-27T01:00:00Z', by: '孙丽（幸福里社区）', decision: 'changes', note: '故事再写具体一些', contentHash: 'a'.repeat(64), childNameShown: false },
  ] as const

  test('staff see who did what before deciding: newest on top, the text the guardian consented to (the first: a consent is a step, not a new text), the reason given', async () => {
    quietTaro()
    const backend = fakeBackend({
      'families.nomination': () => nomination({ status: 'submitted', statusLabel: '等待社区审核', childName: null, actions: ['review'], seesHistory: true }),
      'identity.me': () => me(false),
      'families.history': () => steps,
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<NominationScreen nominationId={N1} />)
    const list = await screen.findByRole('list', { name: '推荐经过' })
    const items = within(list).getAllByRole('listitem')
    expect(items.map((li) => li.querySelector('.ct-step__label')?.textContent)).toEqual(['社区请修改', '家长同意公开', '孩子提交了推荐'])
    expect(within(items[0]).getByText('孙丽（幸福里社区）')).toBeTruthy()
    expect(within(items[0]).getByText('故事再写具体一些')).toBeTruthy()
    expect(within(items[1]).getByText('王建国（家长）')).toBeTruthy()
    expect(within(items[1]).getByText('同意的是第1版内容，孩子的名字不公开')).toBeTruthy()
    expect(within(items[2]).getByText('第1版内容')).toBeTruthy()
    expect(backend.calls.filter((c) => c.key === 'families.history').map((c) => c.input)).toEqual([{ nominationId: N1 }])
    // still there to decide on
    expect(screen.getByText('审核这条推荐')).toBeTruthy()
  })

  test('nobody the server does not name asks for it, and a refusal shows as a retry, not a crash', async () => {
    quietTaro()
    const quiet = fakeBackend({
      'families.nomination': () => nomination({ status: 'approved', statusLabel: '已入选投票名单', childName: null, actions: [] }),
      'identity.me': () => me(false),
    })
    ;(call as jest.Mock).mockImplementation(quiet.impl)
    const { unmount } = render(<NominationScreen nominationId={N1} />)
    await screen.findByText('已入选投票名单')
    expect(screen.queryByText('推荐经过')).toBeNull()
    expect(quiet.calls.some((c) => c.key === 'families.history')).toBe(false)
    unmount()

    const refused = fakeBackend({
      'families.nomination': () => nomination({ status: 'approved', statusLabel: '已入选投票名单', childName: null, actions: [], seesHistory: true }),
      'identity.me': () => me(false),
      'families.history': () => {
        throw new CloudError('FORBIDDEN', '推荐的经过只有审核的社区工作人员和家长可以查看')
      },
    })
    ;(call as jest.Mock).mockImplementation(refused.impl)
    render(<NominationScreen nominationId={N1} />)
    expect(await screen.findByText('推荐的经过只有审核的社区工作人员和家长可以查看')).toBeTruthy()
    expect(screen.getByText('已入选投票名单')).toBeTruthy()
  })
})

describe('推荐邻居家庭', () => {
  const NEIGHBOUR_STORY = STORY
  const places = {
    'places.buildings': ({ communityId }: { communityId: string }) => (communityId === 'x' ? [{ id: 'b1', name: '1号楼' }, { id: 'b2', name: '2号楼' }] : []),
    'places.units': () => [{ id: 'u2', name: '2单元' }],
    'places.households': () => [{ id: 'h', room: '301' }, { id: 'h101', room: '101' }],
  }

  test('an adult picks the neighbour\'s home room by room, starting in their own community; it is sent for that household to agree', async () => {
    const t = quietTaro()
    const redirect = jest.spyOn(Taro, 'redirectTo').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as any)
    const backend = fakeBackend({
      'families.campaign': () => campaign(),
      'identity.me': () => me(false),
      ...places,
      'families.nominate': () => ({ nominationId: N2, status: 'awaiting_consent' }),
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<NominateScreen campaignId={C1} />)

    // one's own family unless they choose otherwise; nothing is looked up until they do
    expect(await screen.findByRole('radio', { name: '推荐我的家庭', checked: true })).toBeTruthy()
    expect(backend.calls.some((c) => c.key.startsWith('places.'))).toBe(false)
    await tap('推荐邻居家庭')
    expect(screen.getByRole('radio', { name: '推荐邻居家庭', checked: true })).toBeTruthy()
    expect(screen.getByText('推荐邻居家庭', { selector: '.ct-h1' })).toBeTruthy()
    expect(screen.getByText(`${NEIGHBOUR_NOTE}。`)).toBeTruthy()
    expect(screen.getByText('这家人的故事')).toBeTruthy()
    expect(screen.getByText('提交，请邻居家同意')).toBeTruthy()

    // the story written, but no home picked yet: nothing is sent
    await typeInto('taro-input-core', 0, '李家')
    await typeInto('taro-textarea-core', 0, NEIGHBOUR_STORY)
    await tap('提交，请邻居家同意')
    expect(screen.getByText('请一步步选到房号，选出要推荐的邻居家')).toBeTruthy()
    expect(backend.calls.some((c) => c.key === 'families.nominate')).toBe(false)

    // starts in the person's own community, which they may change
    expect(await screen.findByText('在哪栋楼？')).toBeTruthy()
    expect(screen.getByLabelText('重新选择小区（现在是幸福里社区）')).toBeTruthy()
    await tap('1号楼')
    await act(async () => {
      fireEvent.click(await screen.findByText('2单元'))
    })
    // one's own home is not a neighbour's
    await act(async () => {
      fireEvent.click(await screen.findByText('301'))
    })
    await tap('提交，请邻居家同意')
    expect(screen.getByText('这是您自己的家。推荐自己家，请选“推荐我的家庭”')).toBeTruthy()
    await act(async () => {
      fireEvent.click(screen.getByLabelText('重新选择房号（现在是301）'))
    })
    await act(async () => {
      fireEvent.click(await screen.findByText('101'))
    })
    expect(screen.getByText('幸福里社区 1号楼 2单元 101')).toBeTruthy()
    expect(screen.queryByText('这是您自己的家。推荐自己家，请选“推荐我的家庭”')).toBeNull()

    await tap('提交，请邻居家同意')
    expect(backend.calls.filter((c) => c.key === 'families.nominate').map((c) => c.input)).toEqual([
      { campaignId: C1, householdId: 'h101', displayName: '李家', story: NEIGHBOUR_STORY, photos: [] },
    ])
    await waitFor(() => expect(redirect).toHaveBeenCalledWith({ url: `/features/families/pages/nomination/index?id=${N2}` }))
    expect(t.toast).toHaveBeenCalledWith(expect.objectContaining({ title: '已提交' }))
    expect(draftOf(nominateTargetKey(C1))).toBeUndefined()
  })

  test('with the own family already nominated, an adult may still nominate a neighbour (opened from the campaign\'s button)', async () => {
    quietTaro()
    const backend = fakeBackend({
      'families.campaign': () => campaign({ myNominationId: N1, mayNominate: false }),
      'identity.me': () => me(false),
      ...places,
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<NominateScreen campaignId={C1} target='neighbour' />)
    expect(await screen.findByText('您家已经被推荐了，还可以推荐一户好邻居。')).toBeTruthy()
    expect(screen.queryByRole('radio')).toBeNull()
    expect(await screen.findByText('在哪栋楼？')).toBeTruthy()
  })

  test('a child is offered only their own family', async () => {
    quietTaro()
    const backend = fakeBackend({ 'families.campaign': () => campaign(), 'identity.me': () => me(true), ...places })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<NominateScreen campaignId={C1} target='neighbour' />)
    expect(await screen.findByText('推荐我的家')).toBeTruthy()
    expect(screen.queryByText('推荐邻居家庭')).toBeNull()
    expect(backend.calls.some((c) => c.key.startsWith('places.'))).toBe(false)
  })
})

test('确认家庭推荐 says who nominated: the child, or a neighbour', () => {
  expect(consentNote(nomination())).toBe('王小明推荐，等您同意')
  expect(consentNote(nomination({ nominatedAs: '邻居推荐', childName: null }))).toBe('邻居推荐了您家，等您同意')
  expect(consentNote(nomination({ actions: ['withdrawConsent'] }))).toBe('2025年度青禾县文明家庭评选')
})
