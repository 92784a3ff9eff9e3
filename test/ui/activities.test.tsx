import Taro from '@tarojs/taro'
import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { fakeBackend, quietTaro } from './helpers'

// a loaded CI machine renders these pages slower than a second now and then
configure({ asyncUtilTimeout: 5000 })

jest.mock('../../src/lib/cloud', () => {
  const actual = jest.requireActual('../../src/lib/cloud')
  return { ...actual, call: jest.fn() }
})
import { call, CloudError } from '../../src/lib/cloud'
import { CreateScreen, POINTS_NOTE } from '../../src/features/activities/pages/create/index'
import { DetailScreen } from '../../src/features/activities/pages/detail/index'
import { ListScreen } from '../../src/features/activities/pages/list/index'
import { ManageScreen } from '../../src/features/activities/pages/manage/index'
import { RAISED_NOTE } from '../../src/features/activities/components/HoursForm'
import { qrDataUrl } from '../../src/components/QrCode'
import { CREATE_DRAFT_KEY } from '../../src/features/activities/hooks/useCreateForm'
import { NEED_LOCATION } from '../../src/features/activities/hooks/useCheck'
import { hoursEntries } from '../../src/features/activities/hooks/useManage'
import { minutesText, timeRange } from '../../src/features/activities/hooks/rules'
import type { ActivityView, RosterRow, RosterView } from '../../server/modules/activities/contracts'
import { wgs84ToGcj02 } from '../../src/hooks/usePlace'

beforeEach(() => {
  jest.restoreAllMocks()
})

const ACT = '11111111-1111-4111-8111-111111111111'
const TEAM = '22222222-2222-4222-8222-222222222222'
const COMMUNITY = '33333333-3333-4333-8333-333333333333'
const MIN = 60_000
const HOUR = 60 * MIN

const organisers = [
  { kind: 'team', id: TEAM, name: '环境卫士志愿队' },
  { kind: 'community', id: COMMUNITY, name: '和平社区' },
]

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

async function tap(text: string) {
  await act(async () => {
    fireEvent.click(screen.getByText(text))
  })
}

/** A button by its words (the same words may also stand in a heading or a label). */
async function press(text: string) {
  const button = screen.getAllByText(text).map((e) => e.closest('.nut-button')).find(Boolean) as HTMLElement
  await act(async () => {
    fireEvent.click(button)
  })
}

function savedDraft(): Record<string, any> | undefined {
  const v = Taro.getStorageSync(`ct.draft.${CREATE_DRAFT_KEY}`)
  return v && typeof v === 'object' ? v : undefined
}

/** Beijing wall-clock date and time of an instant: what the pickers show. */
function beijingParts(ms: number): { date: string; time: string } {
  const iso = new Date(ms + 8 * HOUR).toISOString()
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) }
}

describe('发布活动', () => {
  test('a team leader opened with ?teamId finds the team chosen; empty fields and times in the past are named in Chinese and nothing is sent', async () => {
    quietTaro()
    const backend = fakeBackend({ 'activities.organisers': () => organisers })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<CreateScreen teamId={TEAM} />)
    const team = await screen.findByRole('radio', { name: '环境卫士志愿队' })
    await waitFor(() => expect(team.getAttribute('aria-checked')).toBe('true'))
    // a team's activity is for its members unless the leader says otherwise
    expect(screen.getByRole('radio', { name: '本队队员' }).getAttribute('aria-checked')).toBe('true')
    expect(screen.getByText(POINTS_NOTE)).toBeTruthy()

    await typeInto('活动名称', '扫地')
    await typeInto('活动介绍', '扫一扫', 'taro-textarea-core')
    await typeInto('招募人数', '0')
    const yesterday = beijingParts(Date.now() - 24 * HOUR)
    pick('开始时间（日期）', yesterday.date)
    await press('发布活动')

    expect(screen.getByText('活动名称至少4个字')).toBeTruthy()
    expect(screen.getByText('活动介绍至少10个字，现在是3个字')).toBeTruthy()
    expect(screen.getByText('请写上活动地点，例如：和平社区文化广场')).toBeTruthy()
    expect(screen.getByText('请确定活动地点的位置')).toBeTruthy()
    expect(screen.getByText('开始时间要晚于现在')).toBeTruthy()
    // the deadline followed the start into the past
    expect(screen.getByText('报名截止时间要晚于现在')).toBeTruthy()
    expect(screen.getByText('人数至少1人')).toBeTruthy()
    expect(screen.getByText('还有 7 处没填好，请看上面标红的地方。')).toBeTruthy()
    expect(backend.calls.some((c) => c.key === 'activities.create')).toBe(false)
    // what was typed is kept on the phone
    expect(savedDraft()).toMatchObject({ organiser: `team:${TEAM}`, title: '扫地', capacity: '0' })
  })

  test('end before start, a deadline after the start, and members-only for a community event are refused on the phone', async () => {
    quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'activities.organisers': () => organisers }).impl)
    render(<CreateScreen />)
    await screen.findByRole('radio', { name: '和平社区' })
    await tap('环境卫士志愿队')
    await tap('本队队员')
    pick('结束时间（几点）', '08:00')
    pick('报名截止（几点）', '10:00')
    await press('发布活动')
    expect(screen.getByText('结束时间要晚于开始时间')).toBeTruthy()
    expect(screen.getByText('报名截止时间不能晚于开始时间')).toBeTruthy()

    // a community's event: 本队队员 is not offered, and the audience moves to 所有居民
    await tap('和平社区')
    expect(screen.queryByRole('radio', { name: '本队队员' })).toBeNull()
    expect(screen.getByRole('radio', { name: '所有居民' }).getAttribute('aria-checked')).toBe('true')
  })

  test('filled in: sends Beijing times with their offset, the place from the phone, and opens the new activity', async () => {
    const t = quietTaro()
    const geo = { getCurrentPosition: jest.fn((ok: (p: any) => void) => ok({ coords: { latitude: 28.23, longitude: 112.94 } })) }
    Object.defineProperty(window.navigator, 'geolocation', { value: geo, configurable: true })
    const backend = fakeBackend({
      'activities.organisers': () => organisers,
      'activities.create': (input) => ({ id: ACT, ...input }),
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<CreateScreen teamId={TEAM} />)
    await screen.findByRole('radio', { name: '环境卫士志愿队' })
    await typeInto('活动名称', '周六清扫文化广场')
    await typeInto('活动介绍', '清扫广场和绿化带的垃圾，工具由队里准备。', 'taro-textarea-core')
    await typeInto('活动地点', '和平社区文化广场')
    await tap('用我现在的位置')
    await screen.findByText('已用您现在的位置')
    const start = beijingParts(Date.now() + 3 * 24 * HOUR)
    pick('开始时间（日期）', start.date)
    pick('开始时间（几点）', '14:30')
    await typeInto('招募人数', '30')
    await tap('注册志愿者')
    await act(async () => {
      fireEvent.click(document.querySelector('.ac-switch') as HTMLElement)
    })
    await press('发布活动')

    await waitFor(() => expect(backend.calls.some((c) => c.key === 'activities.create')).toBe(true))
    const sent = backend.calls.find((c) => c.key === 'activities.create')!.input
    expect(sent).toEqual({
      organiser: { kind: 'team', teamId: TEAM },
      title: '周六清扫文化广场',
      description: '清扫广场和绿化带的垃圾，工具由队里准备。',
      placeName: '和平社区文化广场',
      // the browser's WGS-84 position on WeChat's GCJ-02 map
      lat: wgs84ToGcj02({ latitude: 28.23, longitude: 112.94 }).latitude,
      lng: wgs84ToGcj02({ latitude: 28.23, longitude: 112.94 }).longitude,
      // the end kept its two hours after the start; the deadline followed the start
      startsAt: `${start.date}T14:30:00+08:00`,
      endsAt: `${start.date}T16:30:00+08:00`,
      signupDeadline: `${start.date}T14:30:00+08:00`,
      capacity: 30,
      audience: 'volunteers',
      pointsPerHour: 10,
      requireNearby: true,
    })
    expect(t.toast).toHaveBeenCalledWith(expect.objectContaining({ title: '活动已发布' }))
    expect(Taro.redirectTo).toHaveBeenCalledWith({ url: `/features/activities/pages/detail/index?id=${ACT}` })
    expect(savedDraft()).toBeUndefined()
  })

  test('a field the server refuses is shown at the field', async () => {
    quietTaro()
    Object.defineProperty(window.navigator, 'geolocation', {
      value: { getCurrentPosition: (ok: (p: any) => void) => ok({ coords: { latitude: 28.2, longitude: 112.9 } }) },
      configurable: true,
    })
    ;(call as jest.Mock).mockImplementation(
      fakeBackend({
        'activities.organisers': () => organisers.slice(0, 1),
        'activities.create': () => {
          throw new CloudError('VALIDATION', '内容含有不适宜的词语', [{ field: 'title', message: '活动名称含有不适宜的词语，请修改' }])
        },
      }).impl,
    )
    render(<CreateScreen />)
    // the only organiser is chosen for the person
    await waitFor(() => expect(screen.getByRole('radio', { name: '环境卫士志愿队' }).getAttribute('aria-checked')).toBe('true'))
    await typeInto('活动名称', '周六清扫文化广场')
    await typeInto('活动介绍', '清扫广场和绿化带的垃圾，工具由队里准备。', 'taro-textarea-core')
    await typeInto('活动地点', '和平社区文化广场')
    await tap('用我现在的位置')
    await screen.findByText('已用您现在的位置')
    await press('发布活动')
    expect(await screen.findByText('活动名称含有不适宜的词语，请修改')).toBeTruthy()
  })

  test('someone who organises nothing is told who may publish', async () => {
    quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'activities.organisers': () => [] }).impl)
    render(<CreateScreen />)
    expect(await screen.findByText('您还不能发布活动')).toBeTruthy()
    expect(screen.getByText('志愿队队长可以发布本队的活动，社区工作人员可以发布本社区的活动。')).toBeTruthy()
  })
})

function activity(extra: Partial<ActivityView> = {}): ActivityView {
  const now = Date.now()
  return {
    id: ACT,
    title: '周六清扫文化广场',
    organiser: '环境卫士志愿队',
    placeName: '和平社区文化广场',
    startsAt: new Date(now + 2 * 24 * HOUR).toISOString(),
    endsAt: new Date(now + 2 * 24 * HOUR + 2 * HOUR).toISOString(),
    signupDeadline: new Date(now + 2 * 24 * HOUR).toISOString(),
    capacity: 20,
    confirmed: 12,
    waitlisted: 0,
    audience: 'members',
    audienceLabel: '本队队员',
    pointsPerHour: 10,
    status: 'open',
    mySignup: null,
    description: '清扫广场和绿化带的垃圾，工具由队里准备。',
    lat: 28.23,
    lng: 112.94,
    requireNearby: false,
    canManage: false,
    cannotSignUp: null,
    speakers: [],
    me: null,
    ...extra,
  } as ActivityView
}

type Me = NonNullable<ActivityView['me']>
function me(extra: Partial<Me> = {}): Me {
  return {
    status: 'confirmed',
    waitlistPosition: null,
    checkedInAt: null,
    checkedOutAt: null,
    scannedMinutes: null,
    certifiedMinutes: null,
    points: null,
    ...extra,
  }
}

/** An activity that started `minutesAgo` minutes ago and lasts two hours. */
function running(minutesAgo: number, extra: Partial<ActivityView> = {}): ActivityView {
  const now = Date.now()
  return activity({
    startsAt: new Date(now - minutesAgo * MIN).toISOString(),
    endsAt: new Date(now - minutesAgo * MIN + 2 * HOUR).toISOString(),
    signupDeadline: new Date(now - minutesAgo * MIN - HOUR).toISOString(),
    mySignup: 'confirmed',
    ...extra,
  })
}

describe('活动详情: the button follows where the person stands', () => {
  test('seats free: 报名; the toast says which it was', async () => {
    const t = quietTaro()
    const backend = fakeBackend({
      'activities.detail': () => activity(),
      'activities.signUp': () => activity({ confirmed: 13, mySignup: 'confirmed', me: me() }),
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<DetailScreen activityId={ACT} />)
    expect(await screen.findByText('已报 12/20')).toBeTruthy()
    expect(screen.getByText('本队队员')).toBeTruthy()
    expect(screen.getByText('每服务1小时10积分（按扫码签到签退的时长）')).toBeTruthy()
    await tap('报名')
    expect(await screen.findByText('已报 13/20')).toBeTruthy()
    expect(t.toast).toHaveBeenCalledWith(expect.objectContaining({ title: '报名成功' }))
    expect(screen.getByText('已报名')).toBeTruthy()
    expect(screen.getByText('取消报名')).toBeTruthy()
    expect(backend.calls.filter((c) => c.key === 'activities.signUp').map((c) => c.input)).toEqual([{ activityId: ACT }])
  })

  test('full: 加入候补, and afterwards the place on the waitlist', async () => {
    const t = quietTaro()
    ;(call as jest.Mock).mockImplementation(
      fakeBackend({
        'activities.detail': () => activity({ confirmed: 20, waitlisted: 2 }),
        'activities.signUp': () => activity({ confirmed: 20, waitlisted: 3, mySignup: 'waitlisted', me: me({ status: 'waitlisted', waitlistPosition: 3 }) }),
      }).impl,
    )
    render(<DetailScreen activityId={ACT} />)
    expect(await screen.findByText('已报 20/20，候补 2 人')).toBeTruthy()
    expect(screen.queryByText('报名')).toBeNull()
    await tap('加入候补')
    expect(await screen.findByText('您在候补第')).toBeTruthy()
    expect(screen.getByText('3')).toBeTruthy()
    expect(screen.getByText('候补中')).toBeTruthy()
    expect(screen.getByText('退出候补')).toBeTruthy()
    expect(t.toast).toHaveBeenCalledWith(expect.objectContaining({ title: '已加入候补，第3位' }))
  })

  test('not allowed: the reason instead of a button', async () => {
    quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'activities.detail': () => activity({ cannotSignUp: '本活动仅限环境卫士志愿队队员报名' }) }).impl)
    render(<DetailScreen activityId={ACT} />)
    expect(await screen.findByText('本活动仅限环境卫士志愿队队员报名')).toBeTruthy()
    expect(screen.queryByText('报名')).toBeNull()
    expect(screen.queryByText('加入候补')).toBeNull()
  })

  test('取消报名 asks once in a sheet that says the first on the waitlist gets the place', async () => {
    const t = quietTaro()
    let signedUp = true
    const backend = fakeBackend({
      'activities.detail': () => (signedUp ? activity({ waitlisted: 2, mySignup: 'confirmed', me: me() }) : activity({ waitlisted: 1 })),
      'activities.cancel': () => {
        signedUp = false
        return activity({ waitlisted: 1 })
      },
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<DetailScreen activityId={ACT} />)
    await tap(await screen.findByText('取消报名').then((e) => e.textContent as string))
    const sheet = screen.getByRole('dialog', { name: '取消报名？' })
    expect(within(sheet).getByText('取消后，您的名额会让给候补的第一位，并通知他（她）。截止前还可以再报名，但名额满了就只能候补。')).toBeTruthy()
    expect(backend.calls.some((c) => c.key === 'activities.cancel')).toBe(false)
    await act(async () => {
      fireEvent.click(within(sheet).getByText('确认取消报名'))
    })
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(t.toast).toHaveBeenCalledWith(expect.objectContaining({ title: '已取消报名' }))
    expect(await screen.findByText('报名')).toBeTruthy()
  })

  test('after the deadline there is no cancel button, only what to do instead', async () => {
    quietTaro()
    const now = Date.now()
    ;(call as jest.Mock).mockImplementation(
      fakeBackend({
        'activities.detail': () =>
          activity({ signupDeadline: new Date(now - HOUR).toISOString(), startsAt: new Date(now + 5 * HOUR).toISOString(), endsAt: new Date(now + 7 * HOUR).toISOString(), mySignup: 'confirmed', me: me() }),
      }).impl,
    )
    render(<DetailScreen activityId={ACT} />)
    expect(await screen.findByText('报名已截止，不能在这里取消了；去不了请告诉组织者。')).toBeTruthy()
    expect(screen.queryByText('取消报名')).toBeNull()
    // check-in is not open yet: it says when
    expect(screen.getByText(/起可以签到/)).toBeTruthy()
  })

  test('at the activity: 签到 with the 6 digits and the phone\'s position; a wrong code stays on screen in the server\'s words', async () => {
    quietTaro()
    Object.defineProperty(window.navigator, 'geolocation', {
      value: { getCurrentPosition: (ok: (p: any) => void) => ok({ coords: { latitude: 28.2301, longitude: 112.9402 } }) },
      configurable: true,
    })
    let checkedIn = false
    const backend = fakeBackend({
      'activities.detail': () => running(-10, { requireNearby: true, me: me({ checkedInAt: checkedIn ? new Date().toISOString() : null }) }),
      'activities.check': (input) => {
        if (input.code !== '123456') throw new CloudError('VALIDATION', '签到码不对，请核对组织者手机上的6位数字', [{ field: 'code', message: '签到码不对，请核对组织者手机上的6位数字' }])
        checkedIn = true
        return { direction: 'in', checkedInAt: new Date().toISOString(), checkedOutAt: null, scannedMinutes: null }
      },
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<DetailScreen activityId={ACT} />)
    expect(await screen.findByText('到了现场，请签到')).toBeTruthy()
    expect(screen.getByText('这场活动要在现场500米内签到，会用到您的位置。')).toBeTruthy()
    // no scanning in H5: the digits are typed
    expect(screen.queryByText('扫码签到')).toBeNull()

    await typeInto('签到码，6位数字', '12 3')
    await press('签到')
    expect(screen.getByText('请输入组织者手机上的6位数字，现在是3位')).toBeTruthy()
    expect(backend.calls.some((c) => c.key === 'activities.check')).toBe(false)

    await typeInto('签到码，6位数字', '654321')
    await press('签到')
    expect(await screen.findByText('签到码不对，请核对组织者手机上的6位数字')).toBeTruthy()

    await typeInto('签到码，6位数字', '123456')
    await press('签到')
    expect(await screen.findByText('活动开始（', { exact: false })).toBeTruthy()
    expect(backend.calls.filter((c) => c.key === 'activities.check').map((c) => c.input)[1]).toEqual({
      activityId: ACT,
      direction: 'in',
      code: '123456',
      lat: wgs84ToGcj02({ latitude: 28.2301, longitude: 112.9402 }).latitude,
      lng: wgs84ToGcj02({ latitude: 28.2301, longitude: 112.9402 }).longitude,
    })
  })

  test('no position, no check-in: it says why instead of asking the server', async () => {
    quietTaro()
    Object.defineProperty(window.navigator, 'geolocation', {
      value: { getCurrentPosition: (_ok: unknown, fail: (e: unknown) => void) => fail(new Error('denied')) },
      configurable: true,
    })
    const backend = fakeBackend({ 'activities.detail': () => running(5, { requireNearby: true, me: me() }) })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<DetailScreen activityId={ACT} />)
    await typeInto('签到码，6位数字', '123456')
    await press('签到')
    expect(await screen.findByText(NEED_LOCATION)).toBeTruthy()
    expect(backend.calls.some((c) => c.key === 'activities.check')).toBe(false)
  })

  test('checked in: 签退; checked out: the scanned minutes; certified: hours and points', async () => {
    quietTaro()
    const inAt = new Date(Date.now() - 95 * MIN).toISOString()
    let state: 'in' | 'out' | 'certified' = 'in'
    const outAt = new Date().toISOString()
    const backend = fakeBackend({
      'activities.detail': () =>
        running(90, {
          me: me({
            checkedInAt: inAt,
            checkedOutAt: state === 'in' ? null : outAt,
            scannedMinutes: state === 'in' ? null : 90,
            certifiedMinutes: state === 'certified' ? 90 : null,
            points: state === 'certified' ? 15 : null,
          }),
        }),
      'activities.check': () => {
        state = 'out'
        return { direction: 'out', checkedInAt: inAt, checkedOutAt: outAt, scannedMinutes: 90 }
      },
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    const page = render(<DetailScreen activityId={ACT} />)
    expect(await screen.findByText('活动结束时，请签退')).toBeTruthy()
    expect(screen.getByText('还没签退')).toBeTruthy()
    await typeInto('签退码，6位数字', '123456')
    await press('签退')
    expect(await screen.findByText('1小时30分钟')).toBeTruthy()
    expect(screen.getByText('服务时长等组织者确认，确认后计入您的志愿服务记录，并发放积分。')).toBeTruthy()
    expect(backend.calls.find((c) => c.key === 'activities.check')!.input).toEqual({ activityId: ACT, direction: 'out', code: '123456' })
    page.unmount()

    state = 'certified'
    render(<DetailScreen activityId={ACT} />)
    expect(await screen.findByText('组织者已确认您的服务时长')).toBeTruthy()
    expect(screen.getByText('1.5')).toBeTruthy()
    expect(screen.getByText('15')).toBeTruthy()
    expect(screen.getByText('服务时长 1小时30分钟，已计入您的志愿服务记录。')).toBeTruthy()
  })

  test('a called-off activity says so, with no button; the organiser gets 管理活动', async () => {
    quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'activities.detail': () => activity({ status: 'cancelled', canManage: true, cannotSignUp: '活动已取消' }) }).impl)
    render(<DetailScreen activityId={ACT} />)
    expect(await screen.findByText('这场活动已经取消了。已报名的人都收到了通知。')).toBeTruthy()
    expect(screen.queryByText('报名')).toBeNull()
    await tap('管理活动')
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `/features/activities/pages/manage/index?id=${ACT}` })
  })

  test('a link without an id says so', () => {
    render(<DetailScreen activityId={undefined} />)
    expect(screen.getByText('这个链接不完整，打不开')).toBeTruthy()
  })
})

describe('志愿活动 list', () => {
  test('cards show seats, waitlist, audience, points and my place; 我组织的 only for organisers', async () => {
    quietTaro()
    const backend = fakeBackend({
      'activities.organisers': () => [],
      'activities.list': () => [activity({ confirmed: 20, waitlisted: 3, mySignup: 'waitlisted' })],
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<ListScreen />)
    expect(await screen.findByText('已报 20/20')).toBeTruthy()
    expect(screen.getByText('候补 3')).toBeTruthy()
    expect(screen.getByText('候补中')).toBeTruthy()
    expect(screen.getByText('每小时10积分')).toBeTruthy()
    expect(screen.queryByText('我组织的')).toBeNull()
    expect(screen.queryByText('发布活动')).toBeNull()
    await tap('我的报名')
    expect(backend.calls.filter((c) => c.key === 'activities.list').map((c) => c.input)).toEqual([{ filter: 'open' }, { filter: 'mine' }])
  })

  test('an organiser sees 我组织的 and 发布活动', async () => {
    quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'activities.organisers': () => organisers, 'activities.list': () => [] }).impl)
    render(<ListScreen initialTab='manage' />)
    expect(await screen.findByText('我组织的')).toBeTruthy()
    expect(screen.getByText('发布活动')).toBeTruthy()
    expect(await screen.findByText('您还没有发布过活动')).toBeTruthy()
  })
})

function row(extra: Partial<RosterRow> = {}): RosterRow {
  return {
    signupId: '44444444-4444-4444-8444-444444444444',
    userId: '55555555-5555-4555-8555-555555555555',
    name: '赵志远',
    phone: '13800000001',
    status: 'confirmed',
    seq: 1,
    checkedInAt: new Date(Date.now() - 100 * MIN).toISOString(),
    checkedOutAt: new Date(Date.now() - 5 * MIN).toISOString(),
    scannedMinutes: 90,
    certified: null,
    ...extra,
  }
}

describe('管理活动', () => {
  const A = '66666666-6666-4666-8666-666666666666'
  const B = '77777777-7777-4777-8777-777777777777'
  const C = '88888888-8888-4888-8888-888888888888'
  function rosterView(): RosterView {
    return {
      activity: running(100, { canManage: true, confirmed: 3, waitlisted: 1 }),
      confirmed: [
        row({ signupId: A }),
        row({ signupId: B, name: '孙小梅', phone: '13800000002', scannedMinutes: 60 }),
        row({ signupId: C, name: '李四', phone: null, checkedInAt: null, checkedOutAt: null, scannedMinutes: null }),
      ],
      waitlisted: [row({ signupId: '99999999-9999-4999-8999-999999999999', name: '周五', status: 'waitlisted', seq: 4, checkedInAt: null, checkedOutAt: null, scannedMinutes: null })],
    }
  }

  test('名单: phones to tap, check-in times, the waitlist in order', async () => {
    quietTaro()
    const dial = jest.spyOn(Taro, 'makePhoneCall').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as any)
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'activities.roster': () => rosterView() }).impl)
    render(<ManageScreen activityId={ACT} />)
    expect(await screen.findByText('报名成功 3/20 人 · 已签到 2 人')).toBeTruthy()
    expect(screen.getByText('第1位')).toBeTruthy()
    expect(screen.getByText('周五')).toBeTruthy()
    expect(screen.getByText('未签到')).toBeTruthy()
    await tap('13800000002')
    expect(dial).toHaveBeenCalledWith({ phoneNumber: '13800000002' })
  })

  test('确认时长: a change from the scan needs a reason; raised hours earn no points; all-as-scanned sends the scanned minutes', async () => {
    const t = quietTaro()
    const backend = fakeBackend({
      'activities.roster': () => rosterView(),
      'activities.certify': (input) => input.entries.map((e: any) => ({ ...e, backfilled: false, points: 0 })),
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<ManageScreen activityId={ACT} initialTab='hours' />)
    expect(await screen.findByText('待确认 2 人')).toBeTruthy()
    expect(screen.getByText(RAISED_NOTE)).toBeTruthy()
    expect(RAISED_NOTE).toContain('不给积分')
    // 李四 has not checked out and the activity is still on: not yet
    expect(screen.getByText('还没签退 1 人（活动结束后可以确认）')).toBeTruthy()

    await typeInto('孙小梅的服务分钟数', '120')
    await tap('按填写的时长确认')
    expect(screen.getByText('和扫码时长不一样，请写明原因（至少2个字）')).toBeTruthy()
    expect(backend.calls.some((c) => c.key === 'activities.certify')).toBe(false)

    await typeInto('孙小梅改动时长的原因', '忘了签退，实际服务到11点')
    await tap('按填写的时长确认')
    await waitFor(() => expect(backend.calls.some((c) => c.key === 'activities.certify')).toBe(true))
    expect(backend.calls.find((c) => c.key === 'activities.certify')!.input).toEqual({
      activityId: ACT,
      entries: [
        { signupId: A, minutes: 90 },
        { signupId: B, minutes: 120, reason: '忘了签退，实际服务到11点' },
      ],
    })
    expect(t.modal).toHaveBeenCalled()
    expect(t.toast).toHaveBeenCalledWith(expect.objectContaining({ title: '已确认2人的时长' }))
  })

  test('switching to 确认时长 shows who checked out meanwhile, without reloading the page', async () => {
    quietTaro()
    let liSiDone = false
    const view = () => {
      const v = rosterView()
      if (liSiDone) v.confirmed[2] = { ...v.confirmed[2], checkedInAt: v.confirmed[0].checkedInAt, checkedOutAt: v.confirmed[0].checkedOutAt, scannedMinutes: 80 }
      return v
    }
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'activities.roster': view }).impl)
    render(<ManageScreen activityId={ACT} />)
    expect(await screen.findByText('报名成功 3/20 人 · 已签到 2 人')).toBeTruthy()
    liSiDone = true
    await tap('确认时长')
    expect(await screen.findByText('待确认 3 人')).toBeTruthy()
  })

  test('全部按签到时长确认 sends every listed person with the scanned minutes, after asking once', async () => {
    const t = quietTaro()
    const backend = fakeBackend({ 'activities.roster': () => rosterView(), 'activities.certify': () => [] })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<ManageScreen activityId={ACT} initialTab='hours' />)
    await screen.findByText('待确认 2 人')
    await typeInto('孙小梅的服务分钟数', '120')
    await tap('全部按签到时长确认')
    await waitFor(() => expect(backend.calls.some((c) => c.key === 'activities.certify')).toBe(true))
    expect(t.modal).toHaveBeenCalledWith(expect.objectContaining({ title: '全部按签到时长确认' }))
    expect(backend.calls.find((c) => c.key === 'activities.certify')!.input.entries).toEqual([
      { signupId: A, minutes: 90 },
      { signupId: B, minutes: 60 },
    ])
  })

  test('签到码: the QR code of the token and the six digits, fetched again when the server says', async () => {
    quietTaro()
    const keep = jest.spyOn(Taro, 'setKeepScreenOn').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as any)
    let n = 0
    const backend = fakeBackend({
      'activities.roster': () => rosterView(),
      'activities.code': () => {
        n += 1
        return { token: `CK1.${ACT}.${n}.abc`, digits: n === 1 ? '123456' : '654321', refreshAt: new Date(Date.now() + 1000).toISOString(), periodSeconds: 30 }
      },
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    const page = render(<ManageScreen activityId={ACT} initialTab='code' />)
    expect(await screen.findByText('123 456')).toBeTruthy()
    const img = screen.getByRole('img', { name: '签到二维码' }).querySelector('taro-image-core, img') as HTMLElement
    expect(img.getAttribute('src')).toMatch(/^data:image\/gif;base64,/)
    expect(keep).toHaveBeenCalledWith({ keepScreenOn: true })
    expect(await screen.findByText('654 321', undefined, { timeout: 6000 })).toBeTruthy()
    page.unmount()
    expect(keep).toHaveBeenLastCalledWith({ keepScreenOn: false })
  })

  test('取消活动 asks for a reason', async () => {
    quietTaro()
    const view = rosterView()
    const now = Date.now()
    view.activity = activity({ canManage: true, startsAt: new Date(now + 2 * HOUR).toISOString(), endsAt: new Date(now + 4 * HOUR).toISOString() })
    const backend = fakeBackend({ 'activities.roster': () => view, 'activities.callOff': () => ({ ...view.activity, status: 'cancelled' }) })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<ManageScreen activityId={ACT} />)
    await tap(await screen.findByText('取消活动').then((e) => e.textContent as string))
    const sheet = screen.getByRole('dialog', { name: '取消这场活动？' })
    await act(async () => {
      fireEvent.click(within(sheet).getByText('确认取消活动'))
    })
    expect(screen.getByText('请写明取消原因，至少 2 个字')).toBeTruthy()
    await act(async () => {
      fireEvent.click(within(sheet).getByText('天气原因，改期再通知'))
    })
    await act(async () => {
      fireEvent.click(within(sheet).getByText('确认取消活动'))
    })
    await waitFor(() => expect(backend.calls.some((c) => c.key === 'activities.callOff')).toBe(true))
    expect(backend.calls.find((c) => c.key === 'activities.callOff')!.input).toEqual({ activityId: ACT, reason: '天气原因，改期再通知' })
  })
})

describe('rules', () => {
  test('times in Beijing, minutes as people say them, entries with reasons', () => {
    const now = Date.parse('2026-03-06T04:00:00Z') // 12:00 in Beijing
    expect(timeRange('2026-03-07T01:00:00Z', '2026-03-07T03:00:00Z', now)).toBe('明天 09:00–11:00')
    expect(timeRange('2026-03-06T12:00:00Z', '2026-03-06T18:00:00Z', now)).toBe('今天 20:00 – 明天 02:00')
    expect(timeRange('2026-03-12T01:00:00Z', '2026-03-12T03:00:00Z', now)).toBe('3月12日 周四 09:00–11:00')
    expect(minutesText(45)).toBe('45分钟')
    expect(minutesText(120)).toBe('2小时')
    expect(minutesText(93)).toBe('1小时33分钟')
    const r = row()
    expect(hoursEntries([r], {}).entries).toEqual([{ signupId: r.signupId, minutes: 90 }])
    expect(hoursEntries([r], { [r.signupId]: { minutes: '80', reason: ' 早退 ' } }).entries).toEqual([{ signupId: r.signupId, minutes: 80, reason: '早退' }])
    expect(hoursEntries([r], { [r.signupId]: { minutes: '1.5', reason: '' } }).errors[r.signupId]).toBe('请填分钟数（整数），没来填 0')
    expect(qrDataUrl('CK1.x.1.y')).toMatch(/^data:image\/gif;base64,R0lGOD/)
  })
})
