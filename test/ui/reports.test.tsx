import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { fakeBackend, quietTaro } from './helpers'

jest.mock('../../src/lib/cloud', () => {
  const actual = jest.requireActual('../../src/lib/cloud')
  return { ...actual, call: jest.fn() }
})
import { call, CloudError } from '../../src/lib/cloud'
import { ANONYMOUS_NOTE, ReportScreen } from '../../src/features/reports/pages/report/index'
import { DetailScreen } from '../../src/features/reports/pages/detail/index'
import { REPORT_DRAFT_KEY, validateReport, newReportDraft } from '../../src/features/reports/hooks/useReportForm'
import { COUNTY_CENTRE, DECLINED_NOTE, FALLBACK_NOTE } from '../../src/hooks/usePlace'
import { byDeadline } from '../../src/features/reports/pages/handler/index'
import { photoUrl } from '../../src/lib/files'
import { uuid } from '../../src/lib/uuid'
import type { CaseAction, CaseSummary, ReportDetail } from '../../server/modules/reports/contracts'

beforeEach(() => {
  jest.restoreAllMocks()
})

const LOCATION_CONSENT = { purpose: 'precise_location', title: '使用您的精确位置', text: '随手拍定位时会读取手机的精确位置。', withdrawable: true, givenAt: null }

const CAT = '11111111-1111-4111-8111-111111111111'
const R1 = '22222222-2222-4222-8222-222222222222'
const KEY = '33333333-3333-4333-8333-333333333333'
const DEPT_A = '44444444-4444-4444-8444-444444444444'
const DEPT_B = '55555555-5555-4555-8555-555555555555'

const categories = [
  { id: CAT, name: '乱扔垃圾' },
  { id: '66666666-6666-4666-8666-666666666666', name: '道路破损' },
]

/** A draft as the form keeps it on the phone: photo uploaded, place found, only the words missing. */
function seedDraft(extra: Record<string, unknown> = {}) {
  Taro.setStorageSync(`ct.draft.${REPORT_DRAFT_KEY}`, {
    idempotencyKey: KEY,
    categoryId: '',
    photos: ['/files/a.jpg'],
    latitude: 28.2301,
    longitude: 112.9401,
    placeSource: 'gps',
    address: '幸福路18号门口',
    description: '',
    anonymous: false,
    ...extra,
  })
}

function savedDraft(): Record<string, any> | undefined {
  const v = Taro.getStorageSync(`ct.draft.${REPORT_DRAFT_KEY}`)
  return v && typeof v === 'object' ? v : undefined
}

/** Taro's textarea is a web component here: it reports typing as an input event carrying detail.value. */
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

describe('新随手拍', () => {
  test('a failed submit keeps the draft and its idempotency key; the retry sends the same key, and only success clears it', async () => {
    const t = quietTaro()
    const redirect = jest.spyOn(Taro, 'redirectTo').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as any)
    let online = false
    const backend = fakeBackend({
      'reports.categories': () => categories,
      'reports.nearby': () => [],
      'reports.submit': (input) => {
        if (!online) throw new CloudError('NETWORK', '网络不太好，请稍后重试')
        return { reportId: R1, status: 'submitted', alreadySubmitted: false, echo: input }
      },
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    seedDraft()

    const first = render(<ReportScreen />)
    const chip = await screen.findByText('乱扔垃圾', {}, { timeout: 5000 })
    await act(async () => {
      fireEvent.click(chip)
    })
    await typeInto('taro-textarea-core', 0, '路口垃圾堆了三天没人清')
    await tap('提交')

    expect(await screen.findByText('网络不太好，请稍后重试')).toBeTruthy()
    expect(screen.getByText('您填写的内容都还在，可以直接再点“提交”。')).toBeTruthy()
    expect(savedDraft()).toMatchObject({ idempotencyKey: KEY, categoryId: CAT, description: '路口垃圾堆了三天没人清' })
    first.unmount()

    // back later: everything is still there, and the retry is the same report
    online = true
    render(<ReportScreen />)
    await waitFor(() =>
      expect((document.querySelector('taro-textarea-core') as HTMLElement & { value?: string }).value).toBe('路口垃圾堆了三天没人清'),
    )
    await tap('提交')
    await waitFor(() => expect(redirect).toHaveBeenCalledWith({ url: `/features/reports/pages/detail/index?id=${R1}` }))

    const sent = backend.calls.filter((c) => c.key === 'reports.submit').map((c) => c.input)
    expect(sent).toHaveLength(2)
    expect(sent[0]).toEqual({
      idempotencyKey: KEY,
      categoryId: CAT,
      description: '路口垃圾堆了三天没人清',
      latitude: 28.2301,
      longitude: 112.9401,
      address: '幸福路18号门口',
      anonymous: false,
      photos: ['/files/a.jpg'],
    })
    expect(sent[1]).toEqual(sent[0])
    expect(savedDraft()).toBeUndefined()
    expect(t.toast).toHaveBeenCalledWith(expect.objectContaining({ title: '提交成功' }))
  })

  test('the anonymous switch says what it does, and a missing field is named before anything is sent', async () => {
    quietTaro()
    const backend = fakeBackend({ 'reports.categories': () => categories, 'reports.nearby': () => [] })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<ReportScreen />)
    expect(await screen.findByText('乱扔垃圾')).toBeTruthy()
    expect(screen.getByText('匿名反映')).toBeTruthy()
    expect(screen.getByText(ANONYMOUS_NOTE)).toBeTruthy()
    expect(ANONYMOUS_NOTE).toBe('匿名后，处理人员和其他居民都看不到您的身份')

    await tap('提交')
    expect(screen.getByText('请选择问题类型')).toBeTruthy()
    expect(screen.getByText('请至少拍一张照片')).toBeTruthy()
    expect(screen.getByText('请先确定问题的位置')).toBeTruthy()
    expect(screen.getByText('请写上地址，方便工作人员找到')).toBeTruthy()
    expect(backend.calls.some((c) => c.key === 'reports.submit')).toBe(false)
  })

  test('the same kind of problem within 50 m is offered first: 我也遇到 follows it and opens it', async () => {
    const t = quietTaro()
    const backend = fakeBackend({
      'reports.categories': () => categories,
      'reports.nearby': () => [
        {
          id: R1,
          category: '乱扔垃圾',
          address: '幸福路20号',
          description: '垃圾桶旁边堆满了',
          status: 'assigned',
          statusLabel: '已派单',
          submittedAt: '2025-11-27T01:00:00Z',
          followers: 2,
          distance: 18,
        },
      ],
      'reports.meToo': () => ({ followers: 3 }),
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    seedDraft({ categoryId: CAT })
    render(<ReportScreen />)
    expect(await screen.findByText('附近50米内已有同类问题')).toBeTruthy()
    expect(backend.calls.find((c) => c.key === 'reports.nearby')?.input).toEqual({ categoryId: CAT, latitude: 28.2301, longitude: 112.9401 })
    await tap('我也遇到')
    expect(backend.calls.filter((c) => c.key === 'reports.meToo').map((c) => c.input)).toEqual([{ reportId: R1 }])
    expect(t.nav).toHaveBeenCalledWith({ url: `/features/reports/pages/detail/index?id=${R1}` })
    // the draft stays: following is not filing
    expect(savedDraft()).toMatchObject({ idempotencyKey: KEY })
  })

  test('a picked photo (H5 file input) is uploaded as base64 and its ref joins the draft', async () => {
    quietTaro()
    const backend = fakeBackend({
      'reports.categories': () => categories,
      'reports.nearby': () => [],
      'files.upload': () => ({ ref: '/files/new.jpg' }),
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    ;(URL as any).createObjectURL = () => 'blob:photo'
    // jsdom draws no canvas: the photo goes as the file itself (a browser shrinks it on a canvas first)
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null)
    render(<ReportScreen />)
    await screen.findByText('乱扔垃圾')
    const input = screen.getByLabelText('添加问题照片') as HTMLInputElement
    const file = new File([new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])], 'a.jpg', { type: 'image/jpeg' })
    await act(async () => {
      fireEvent.change(input, { target: { files: [file] } })
    })
    await waitFor(() => expect(savedDraft()?.photos).toEqual(['/files/new.jpg']))
    const upload = backend.calls.find((c) => c.key === 'files.upload')
    expect(upload?.input.data).toMatch(/^[A-Za-z0-9+/]+={0,2}$/)
    expect(screen.getByText('已添加 1 张，最多 9 张')).toBeTruthy()
    expect(screen.getByLabelText('删除第1张照片')).toBeTruthy()
  })

  test('when the browser cannot tell the position, the county centre is used and the page says so', async () => {
    quietTaro()
    ;(call as jest.Mock).mockImplementation(
      fakeBackend({ 'reports.categories': () => categories, 'reports.nearby': () => [], 'privacy.consents': () => [{ ...LOCATION_CONSENT, given: true }] }).impl,
    )
    render(<ReportScreen />)
    await screen.findByText('乱扔垃圾', {}, { timeout: 5000 })
    await tap('使用当前位置') // jsdom has no geolocation: like a browser that refuses
    expect(await screen.findByText(FALLBACK_NOTE)).toBeTruthy()
    expect(FALLBACK_NOTE).toBe('未能获取定位，已使用县城中心位置，请在地址里写清楚')
    expect(savedDraft()).toMatchObject({ latitude: COUNTY_CENTRE.latitude, longitude: COUNTY_CENTRE.longitude, placeSource: 'fallback' })
    expect(screen.getByText('重新定位')).toBeTruthy()
  })

  test('the first 定位 asks, with the server\'s words, before the position is read: 不同意 locates nothing and says so; 同意 is recorded, then it locates', async () => {
    quietTaro()
    let given = false
    const backend = fakeBackend({
      'reports.categories': () => categories,
      'reports.nearby': () => [],
      'privacy.consents': () => [{ ...LOCATION_CONSENT, given }],
      'privacy.consent': () => {
        given = true
        return { given: true }
      },
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    const position = jest.fn((_ok: unknown, fail: (e: unknown) => void) => fail(new Error('refused')))
    Object.defineProperty(navigator, 'geolocation', { value: { getCurrentPosition: position }, configurable: true })
    render(<ReportScreen />)
    await screen.findByText('乱扔垃圾', {}, { timeout: 5000 })

    await tap('使用当前位置')
    const sheet = await screen.findByRole('dialog', { name: '请您同意：使用您的精确位置' })
    expect(within(sheet).getByText(LOCATION_CONSENT.text)).toBeTruthy()
    await tap('不同意')
    expect(await screen.findByText(DECLINED_NOTE)).toBeTruthy()
    expect(position).not.toHaveBeenCalled()
    expect(savedDraft()?.latitude ?? null).toBeNull()

    await tap('使用当前位置')
    await screen.findByRole('dialog', { name: '请您同意：使用您的精确位置' })
    await tap('同意')
    expect(await screen.findByText(FALLBACK_NOTE)).toBeTruthy()
    expect(position).toHaveBeenCalledTimes(1)
    expect(backend.calls.filter((c) => c.key === 'privacy.consent').map((c) => c.input)).toEqual([{ purpose: 'precise_location' }])
    // Asked once: the next 定位 (the server now says given) goes straight to the position.
    await tap('重新定位')
    await waitFor(() => expect(position).toHaveBeenCalledTimes(2))
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  test('validation follows the contract: 5–500 characters, an address, a place', () => {
    const d = { ...newReportDraft(), categoryId: CAT, photos: ['/files/a.jpg'], latitude: 1, longitude: 2, address: '幸福路', description: '太短' }
    expect(validateReport(d)).toEqual({ description: '请用至少 5 个字说说是什么问题' })
    expect(validateReport({ ...d, description: '路灯坏了三天' })).toEqual({})
    expect(uuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
  })
})

function detail(actions: CaseAction[], extra: Partial<ReportDetail> = {}): ReportDetail {
  return {
    id: R1,
    category: '乱扔垃圾',
    categoryId: CAT,
    description: '路口垃圾堆了三天没人清',
    address: '幸福路18号门口',
    latitude: 28.23,
    longitude: 112.94,
    community: '幸福里社区',
    status: 'submitted',
    statusLabel: '待受理',
    reporter: '张**',
    isMine: false,
    anonymous: false,
    submittedAt: '2025-11-27T01:00:00Z',
    department: null,
    deadline: null,
    overdue: false,
    escalated: false,
    rating: null,
    followers: 0,
    following: false,
    duplicateOf: null,
    beforePhotos: ['/files/a.jpg'],
    afterPhotos: [],
    timeline: [{ seq: 1, type: 'submitted', label: '居民反映', at: '2025-11-27T01:00:00Z', by: '反映人' }],
    actions,
    disputeUntil: null,
    routed: { departmentId: DEPT_A, department: '县城市管理局', deadline: '2025-11-28T10:00:00.000Z' },
    ...extra,
  }
}

const ALL_BUTTONS: Record<string, string> = {
  assign: '受理并派单',
  accept: '受理',
  reject: '不予受理',
  markDuplicate: '标记重复',
  start: '开始处理',
  fix: '提交整改结果',
  return: '退回',
  confirm: '确认整改',
  dispute: '有异议',
  rate: '提交评价',
  escalate: '督办',
  meToo: '我也遇到',
}

describe('随手拍详情', () => {
  const cases: [string, CaseAction[], Partial<ReportDetail>][] = [
    ['staff on a new case', ['accept', 'assign', 'reject', 'markDuplicate'], {}],
    ['the department on an assigned case (开始处理 first, no fix form yet)', ['start', 'fix', 'return'], { status: 'assigned', statusLabel: '已派单', department: '县城市管理局', deadline: '2025-11-28T10:00:00Z' }],
    ['the department once started (the fix form)', ['fix', 'return'], { status: 'in_progress', statusLabel: '处理中', department: '县城市管理局', deadline: '2025-11-28T10:00:00Z' }],
    ['the reporter on a fixed case', ['confirm', 'dispute'], { status: 'fixed', statusLabel: '已整改', isMine: true, disputeUntil: '2025-12-04T10:00:00Z' }],
    ['the reporter after confirming', ['rate'], { status: 'confirmed', statusLabel: '已确认', isMine: true }],
    ['the admin on an overdue case', ['escalate'], { status: 'assigned', statusLabel: '已派单', overdue: true }],
    ['a neighbour', ['meToo'], {}],
    ['someone with nothing to do', [], { status: 'closed', statusLabel: '已办结' }],
  ]
  test.each(cases)('shows only the buttons in actions: %s', async (_who, actions, extra) => {
    quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'reports.detail': () => detail(actions, extra) }).impl)
    render(<DetailScreen reportId={R1} />)
    expect(await screen.findByText('路口垃圾堆了三天没人清')).toBeTruthy()
    for (const [action, text] of Object.entries(ALL_BUTTONS)) {
      const shown = screen.queryAllByText(text, { selector: '.nut-button, .nut-button *' }).length > 0
      // The fix form waits until the handler has started: one step at a time.
      const expected = actions.includes(action as CaseAction) && !(action === 'fix' && actions.includes('start'))
      expect([action, shown]).toEqual([action, expected])
    }
  })

  test('受理并派单 keeps the routed department and deadline without a reason; changing the department asks for one', async () => {
    const t = quietTaro()
    let current = detail(['accept', 'assign', 'reject', 'markDuplicate'])
    const backend = fakeBackend({
      'reports.detail': () => current,
      'reports.departments': () => [
        { id: DEPT_A, name: '县城市管理局' },
        { id: DEPT_B, name: '县住房和城乡建设局' },
      ],
      'reports.assign': (input) => {
        current = detail([], { status: 'assigned', statusLabel: '已派单', department: '县住房和城乡建设局', deadline: '2025-11-28T10:00:00Z' })
        return { reportId: input.reportId, status: 'assigned', statusLabel: '已派单' }
      },
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<DetailScreen reportId={R1} />)
    await screen.findByText('受理并派单')
    await tap('受理并派单')
    const dialog = screen.getByRole('dialog')
    expect(within(dialog).getByText('按建议的责任单位和期限派单，不用写原因；改了单位或期限，请写明原因，会记入办理过程。')).toBeTruthy()
    await act(async () => {
      fireEvent.click(await within(dialog).findByText('县住房和城乡建设局'))
    })
    await act(async () => {
      fireEvent.click(within(dialog).getByText('确认派单'))
    })
    expect(within(dialog).getByText('改了责任单位或期限，请写明原因')).toBeTruthy()
    expect(backend.calls.some((c) => c.key === 'reports.assign')).toBe(false)

    const boxes = dialog.querySelectorAll('taro-textarea-core')
    const box = boxes[boxes.length - 1] as HTMLElement
    await waitFor(() => expect(box.querySelector('textarea')).toBeTruthy())
    act(() => {
      box.dispatchEvent(new CustomEvent('input', { detail: { value: '现场看是路面塌陷，归住建局' }, bubbles: true }))
    })
    await act(async () => {
      fireEvent.click(within(dialog).getByText('确认派单'))
    })
    expect(backend.calls.filter((c) => c.key === 'reports.assign').map((c) => c.input)).toEqual([
      { reportId: R1, departmentId: DEPT_B, deadline: undefined, reason: '现场看是路面塌陷，归住建局' },
    ])
    expect(t.toast).toHaveBeenCalledWith(expect.objectContaining({ title: '已派单' }))
    // the case reloads: its new department shows, the staff buttons are gone
    expect(await screen.findByText('县住房和城乡建设局')).toBeTruthy()
    expect(screen.queryByText('受理并派单')).toBeNull()
  })

  test('a refused step shows the server message and the case reloads', async () => {
    const t = quietTaro()
    let loads = 0
    const backend = fakeBackend({
      'reports.detail': () => {
        loads += 1
        return detail(['start', 'fix', 'return'], { status: 'assigned', statusLabel: '已派单' })
      },
      'reports.start': () => {
        throw new CloudError('CONFLICT', '这个问题已派单、还没有开始处理，刚刚有人动过，请刷新')
      },
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<DetailScreen reportId={R1} />)
    await screen.findByText('开始处理')
    await tap('开始处理')
    expect(await screen.findByText('这个问题已派单、还没有开始处理，刚刚有人动过，请刷新')).toBeTruthy()
    expect(t.toast).toHaveBeenCalledWith(expect.objectContaining({ title: '这个问题已派单、还没有开始处理，刚刚有人动过，请刷新' }))
    await waitFor(() => expect(loads).toBe(2))
  })
})

test('the handler sees the soonest deadline first, cases without one last', () => {
  const c = (id: string, deadline: string | null) => ({ id, deadline }) as CaseSummary
  expect(byDeadline([c('a', null), c('b', '2025-11-29T00:00:00Z'), c('c', '2025-11-27T00:00:00Z')]).map((x) => x.id)).toEqual(['c', 'b', 'a'])
})

test('photo refs: cloud fileIDs as they are, local paths under the API base', () => {
  expect(photoUrl('cloud://env-1/reports/a.jpg')).toBe('cloud://env-1/reports/a.jpg')
  expect(photoUrl('/files/a.jpg')).toBe('/files/a.jpg')
})
