import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { fakeBackend, quietTaro } from './helpers'

jest.mock('../../src/lib/cloud', () => {
  const actual = jest.requireActual('../../src/lib/cloud')
  return { ...actual, call: jest.fn() }
})
import { call, CloudError } from '../../src/lib/cloud'
import { DetailScreen as ActivityDetail } from '../../src/features/activities/pages/detail/index'
import { ManageScreen } from '../../src/features/activities/pages/manage/index'
import { DetailScreen as GoodPersonDetail } from '../../src/features/good-people/pages/detail/index'
import { eventLine } from '../../src/features/good-people/components/EventList'
import { moveUp, refusalText, searchByName, speakerLine, togglePick } from '../../src/features/activities/hooks/speakers'
import type { ActivityView, RosterView, SpeakerCard } from '../../server/modules/activities/contracts'
import type { GoodPersonCard, GoodPersonEvents, GoodPersonView } from '../../server/modules/goodPeople/contracts'

beforeEach(() => {
  jest.restoreAllMocks()
})

const ACT = '11111111-1111-4111-8111-111111111111'
const ZHAO = '77777777-7777-4777-8777-777777777777'
const LI = '88888888-8888-4888-8888-888888888888'
const QIAN = '99999999-9999-4999-8999-999999999999'
const HOUR = 3_600_000

const zhao: SpeakerCard = { goodPersonId: ZHAO, name: '赵德明', category: 'helping', categoryName: '助人为乐', titles: [{ year: 2026, title: '2026年度青禾好人' }] }

function activity(extra: Partial<ActivityView> = {}): ActivityView {
  const now = Date.now()
  return {
    id: ACT,
    title: '板凳讲堂：身边好人讲故事',
    organiser: '幸福里社区',
    placeName: '幸福里社区文化活动室',
    startsAt: new Date(now + 3 * 24 * HOUR).toISOString(),
    endsAt: new Date(now + 3 * 24 * HOUR + 2 * HOUR).toISOString(),
    signupDeadline: new Date(now + 2 * 24 * HOUR).toISOString(),
    capacity: 40,
    confirmed: 3,
    waitlisted: 0,
    audience: 'residents',
    audienceLabel: '所有居民',
    pointsPerHour: 0,
    status: 'open',
    mySignup: null,
    description: '社区里的好人好事，由当事人亲口讲给大家听。',
    lat: 28.23,
    lng: 112.94,
    requireNearby: false,
    canManage: false,
    cannotSignUp: null,
    speakers: [],
    me: null,
    ...extra,
  }
}

function galleryCard(id: string, nomineeName: string, categoryName = '助人为乐', titles: GoodPersonCard['titles'] = []): GoodPersonCard {
  return { id, category: 'helping', categoryName, nomineeName, story: '十年如一日扫街。'.repeat(8), photos: [], supports: 1, supported: false, titles }
}

async function tap(el: HTMLElement) {
  await act(async () => {
    fireEvent.click(el)
  })
}

/** Taro's input is a web component here: typing arrives as an input event carrying detail.value. */
async function typeSearch(value: string) {
  const box = document.querySelector('taro-input-core') as HTMLElement
  await waitFor(() => expect(box.querySelector('input')).toBeTruthy())
  act(() => {
    box.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
}

describe('讲述人 on the activity page', () => {
  test('shows each speaker’s public card, and a tap opens the good person’s page', async () => {
    const t = quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'activities.detail': () => activity({ speakers: [zhao, { ...zhao, goodPersonId: LI, name: '李春花', categoryName: '孝老爱亲', titles: [] }] }) }).impl)
    render(<ActivityDetail activityId={ACT} />)
    const section = await screen.findByLabelText('讲述人')
    expect(within(section).getByText('赵德明')).toBeTruthy()
    expect(within(section).getByText('助人为乐 · 2026年度青禾好人')).toBeTruthy()
    expect(within(section).getByText('孝老爱亲')).toBeTruthy()
    await tap(within(section).getByText('李春花'))
    expect(t.nav).toHaveBeenCalledWith(expect.objectContaining({ url: `/features/good-people/pages/detail/index?id=${LI}` }))
  })

  test('says nothing about speakers when there are none', async () => {
    quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'activities.detail': () => activity() }).impl)
    render(<ActivityDetail activityId={ACT} />)
    expect(await screen.findByText('活动介绍')).toBeTruthy()
    expect(screen.queryByLabelText('讲述人')).toBeNull()
  })
})

describe('讲述人 in 管理活动', () => {
  function roster(speakers: SpeakerCard[]): RosterView {
    return { activity: activity({ canManage: true, speakers }), confirmed: [], waitlisted: [] }
  }

  test('finds good people by name, picks and orders them, and saves the list', async () => {
    quietTaro()
    let saved: SpeakerCard[] = [zhao]
    const backend = fakeBackend({
      'activities.roster': () => roster(saved),
      'goodPeople.gallery': () => [galleryCard(ZHAO, '赵德明', '助人为乐', zhao.titles), galleryCard(LI, '李春花', '孝老爱亲'), galleryCard(QIAN, '钱 多多', '诚实守信')],
      'activities.setSpeakers': (input) => {
        saved = input.goodPersonIds.map((id: string) => ({ ...zhao, goodPersonId: id, name: id === LI ? '李春花' : id === QIAN ? '钱 多多' : '赵德明' }))
        return activity({ speakers: saved })
      },
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<ManageScreen activityId={ACT} initialTab='speakers' />)
    expect(await screen.findByText('从身边好人中选择')).toBeTruthy()
    expect(await screen.findByLabelText('选择李春花')).toBeTruthy()
    expect(screen.getByText('1/10')).toBeTruthy()
    expect(screen.getByText('讲述人已保存')).toBeTruthy()

    await typeSearch('春')
    await waitFor(() => expect(screen.queryByLabelText('选择钱 多多')).toBeNull())
    await tap(screen.getByLabelText('选择李春花'))
    await typeSearch('钱多')
    await waitFor(() => expect(screen.getByLabelText('选择钱 多多')).toBeTruthy())
    await tap(screen.getByLabelText('选择钱 多多'))
    await typeSearch('王')
    expect(await screen.findByText('没有找到姓名里有“王”的好人')).toBeTruthy()
    expect(screen.getByText('3/10')).toBeTruthy()
    await tap(screen.getByLabelText('上移钱 多多'))
    await tap(screen.getByText('保存讲述人'))
    const sent = backend.calls.find((c) => c.key === 'activities.setSpeakers')
    expect(sent?.input).toEqual({ activityId: ACT, goodPersonIds: [ZHAO, QIAN, LI] })
    await waitFor(() => expect(screen.getByText('讲述人已保存')).toBeTruthy())
  })

  test('a person withdrawn meanwhile is refused by name, and nothing is lost', async () => {
    quietTaro()
    const backend = fakeBackend({
      'activities.roster': () => roster([]),
      'goodPeople.gallery': () => [galleryCard(ZHAO, '赵德明'), galleryCard(LI, '李春花')],
      'activities.setSpeakers': () => {
        throw new CloudError('VALIDATION', '这位好人已撤下公开展示，不能设为讲述人', [{ field: 'goodPersonIds.1', message: '这位好人已撤下公开展示，不能设为讲述人' }])
      },
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<ManageScreen activityId={ACT} initialTab='speakers' />)
    await tap(await screen.findByLabelText('选择赵德明'))
    await tap(screen.getByLabelText('选择李春花'))
    await tap(screen.getByText('保存讲述人'))
    expect(await screen.findByText('李春花：这位好人已撤下公开展示，不能设为讲述人')).toBeTruthy()
    expect(screen.getByText('2/10')).toBeTruthy()
  })
})

describe('参加的活动 on a good person’s page', () => {
  function person(extra: Partial<GoodPersonView> = {}): GoodPersonView {
    return {
      ...galleryCard(ZHAO, '赵德明'),
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
  const at = (iso: string) => ({ startsAt: iso, endsAt: new Date(new Date(iso).getTime() + 2 * HOUR).toISOString() })
  const events: GoodPersonEvents = {
    upcoming: [{ activityId: ACT, title: '板凳讲堂：扫街十年', organiser: '幸福里社区', placeName: '文化活动室', ...at('2099-12-02T01:00:00.000Z') }],
    past: [{ activityId: LI, title: '第一讲：邻里之间', organiser: '环境卫士志愿服务队', placeName: '幸福里社区广场', ...at('2025-05-04T07:30:00.000Z') }],
  }

  test('lists upcoming then past events, each opening the activity', async () => {
    const t = quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'goodPeople.detail': () => person(), 'goodPeople.events': () => events }).impl)
    render(<GoodPersonDetail goodPersonId={ZHAO} />)
    const section = await screen.findByLabelText('参加的活动')
    const text = section.textContent ?? ''
    expect(text.indexOf('即将举行')).toBeLessThan(text.indexOf('板凳讲堂：扫街十年'))
    expect(text.indexOf('板凳讲堂：扫街十年')).toBeLessThan(text.indexOf('往期'))
    expect(text.indexOf('往期')).toBeLessThan(text.indexOf('第一讲：邻里之间'))
    expect(within(section).getByText('2099年12月2日 周三 09:00 · 文化活动室')).toBeTruthy()
    await tap(within(section).getByText('第一讲：邻里之间'))
    expect(t.nav).toHaveBeenCalledWith(expect.objectContaining({ url: `/features/activities/pages/detail/index?id=${LI}` }))
  })

  test('no section without events; the nominee may take the story down', async () => {
    quietTaro()
    let current = person({ actions: ['support', 'withdraw'] })
    const backend = fakeBackend({
      'goodPeople.detail': () => current,
      'goodPeople.events': () => ({ upcoming: [], past: [] }),
      'goodPeople.withdraw': () => {
        current = { ...current, status: 'withdrawn', statusLabel: '已撤下展示', actions: [] }
        return current
      },
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<GoodPersonDetail goodPersonId={ZHAO} />)
    expect(await screen.findAllByText('撤下展示')).toHaveLength(2)
    await waitFor(() => expect(backend.calls.some((c) => c.key === 'goodPeople.events')).toBe(true))
    expect(screen.queryByLabelText('参加的活动')).toBeNull()
    await tap(screen.getAllByText('撤下展示')[1])
    await tap(within(screen.getByRole('dialog')).getByText('确认撤下'))
    expect(backend.calls.find((c) => c.key === 'goodPeople.withdraw')?.input).toEqual({ goodPersonId: ZHAO })
    expect(await screen.findByText('已撤下展示：大家在身边好人、好人榜和活动里都看不到这条事迹了。')).toBeTruthy()
    expect(Taro.showToast).toHaveBeenCalledWith(expect.objectContaining({ title: '已撤下展示' }))
  })
})

describe('speaker rules', () => {
  test('pick at most ten, move up, search ignores spaces, refusals named', () => {
    const ids = Array.from({ length: 10 }, (_, i) => `id${i}`)
    expect(togglePick(ids, 'id10')).toBe(ids)
    expect(togglePick(ids, 'id3')).toHaveLength(9)
    expect(moveUp(['a', 'b', 'c'], 'c')).toEqual(['a', 'c', 'b'])
    expect(moveUp(['a', 'b'], 'a')).toEqual(['a', 'b'])
    expect(searchByName([{ name: '钱 多多' }, { name: '赵德明' }], ' 钱多 ')).toEqual([{ name: '钱 多多' }])
    expect(speakerLine({ categoryName: '助人为乐', titles: [{ year: 2025, title: '2025年度好人' }, { year: 2026, title: '2026年度好人' }] })).toBe('助人为乐 · 2026年度好人 · 2025年度好人')
    expect(refusalText('总的', { 'goodPersonIds.0': '已撤下' }, ['a'], new Map([['a', '赵德明']]))).toBe('赵德明：已撤下')
    expect(refusalText('总的', {}, ['a'], new Map())).toBe('总的')
    expect(eventLine({ startsAt: '2026-12-01T16:30:00.000Z', placeName: '广场' }, new Date('2026-06-01T00:00:00Z').getTime())).toBe('12月2日 周三 00:30 · 广场')
  })
})
