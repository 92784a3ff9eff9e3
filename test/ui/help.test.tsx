import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { fakeBackend, quietTaro } from './helpers'

jest.mock('../../src/lib/cloud', () => {
  const actual = jest.requireActual('../../src/lib/cloud')
  return { ...actual, call: jest.fn() }
})
import { call } from '../../src/lib/cloud'
import { HelpDetail } from '../../src/features/help/pages/detail/index'
import { MineScreen } from '../../src/features/help/pages/mine/index'
import { PostForm, emptyHelp, validateHelp } from '../../src/features/help/pages/post/index'
import { minutesText } from '../../src/features/help/words'
import { useRemote } from '../../src/hooks/useRemote'
import type { HelpRequestView, MyHelpView } from '../../server/modules/help/contracts'
import * as server from '../../server/modules/help/contracts'
import * as app from '../../src/features/help/api/types'

beforeEach(() => jest.restoreAllMocks())

test("the app's kinds of help, their names and limits are the server's", () => {
  expect(app.HELP_KINDS).toEqual(server.HELP_KINDS)
  expect(app.HELP_KIND_LABELS).toEqual(server.HELP_KIND_LABELS)
  expect(app.MAX_OPEN_REQUESTS).toBe(server.MAX_OPEN_REQUESTS)
  expect(app.MAX_POINTS).toBe(server.MAX_POINTS)
})

const ID = '44444444-4444-4444-8444-444444444444'
const NONE = { accept: false, confirm: false, cancel: false, answerCancel: false, giveUp: false, dispute: false, resolve: false }
const open: HelpRequestView = {
  id: ID, kind: 'hospital', kindLabel: '陪同就医', details: '陪我去县医院复查', place: '幸福里社区1号楼', communityId: 'c', communityName: '幸福里社区',
  startsAt: '2026-12-10T01:00:00.000Z', minutes: 90, points: 30, state: 'open', stateLabel: '等人接单', requesterName: '王**', helperName: null, distance: 1200,
  createdAt: '2026-12-05T01:00:00.000Z', acceptedAt: null, requesterConfirmed: false, helperConfirmed: false, disputeReason: null, resolution: null, resolveReason: null,
  cancelAsked: false, cancelReason: null, rating: null, role: 'volunteer', can: { ...NONE, accept: true },
}

function showing(view: HelpRequestView, more: Record<string, () => unknown> = {}) {
  quietTaro()
  const backend = fakeBackend({ 'help.request': () => view, ...more })
  ;(call as jest.Mock).mockImplementation(backend.impl)
  render(<HelpDetail requestId={ID} />)
  return backend
}

describe('积分换互助: a request shows each person the buttons that are theirs', () => {
  it('offers a volunteer 我来帮忙, asks once, then accepts', async () => {
    const backend = showing(open, { 'help.accept': () => ({ ...open, state: 'accepted', stateLabel: '已有人接单', role: 'helper', helperName: '赵志远', can: { ...NONE, confirm: true, dispute: true } }) })
    await screen.findByText('30积分', {}, { timeout: 5000 })
    expect(screen.getByText('地点：幸福里社区1号楼（离您1.2公里）')).toBeTruthy()
    expect(screen.queryByText('确认完成')).toBeNull()
    await act(async () => fireEvent.click(screen.getByText('我来帮忙')))
    await act(async () => fireEvent.click(screen.getByText('接单')))
    await waitFor(() => expect(backend.calls.find((c) => c.key === 'help.accept')?.input).toEqual({ requestId: ID }))
    await screen.findByText('确认完成')
    expect(screen.getByText('没有进行')).toBeTruthy()
  })

  it('lets the requester cancel an open request, and says the points come back', async () => {
    const backend = showing({ ...open, role: 'requester', requesterName: '王建国', can: { ...NONE, cancel: true } }, { 'help.cancel': () => ({ ...open, state: 'cancelled', stateLabel: '已取消', role: 'requester', can: NONE }) })
    await screen.findByText('30积分已由平台暂存。有志愿者接单后，我们会在消息里告诉您。')
    expect(screen.queryByText('我来帮忙')).toBeNull()
    await act(async () => fireEvent.click(screen.getByText('取消需求')))
    await screen.findByText('还没有人接单，取消后30积分马上退回。')
    await act(async () => fireEvent.click(screen.getByText('确认取消')))
    await waitFor(() => expect(backend.calls.find((c) => c.key === 'help.cancel')?.input).toEqual({ requestId: ID }))
    await screen.findByText('这个需求已取消，积分已退回。')
  })

  it('lets the requester confirm with a rating once the helper has come', async () => {
    const accepted = { ...open, state: 'accepted' as const, stateLabel: '已有人接单', role: 'requester' as const, requesterName: '王建国', helperName: '赵志远', helperConfirmed: true, can: { ...NONE, confirm: true, dispute: true, cancel: true } }
    const backend = showing(accepted, { 'help.confirm': () => ({ ...accepted, state: 'done', stateLabel: '已完成', requesterConfirmed: true, can: NONE }) })
    await screen.findByText('30积分', {}, { timeout: 5000 })
    await act(async () => fireEvent.click(screen.getByText('确认完成')))
    await act(async () => fireEvent.click(screen.getByText('4星')))
    await act(async () => fireEvent.click(screen.getAllByText('确认完成').at(-1)!))
    await waitFor(() => expect(backend.calls.find((c) => c.key === 'help.confirm')?.input).toEqual({ requestId: ID, rating: 4 }))
    await screen.findByText('双方都确认了，30积分已付给帮忙的人，时长记入互助时长。')
  })

  it('lets the requester ask the helper to agree to a cancel once someone accepted, with a reason', async () => {
    const accepted = { ...open, state: 'accepted' as const, stateLabel: '已有人接单', role: 'requester' as const, requesterName: '王建国', helperName: '赵志远', can: { ...NONE, confirm: true, dispute: true, cancel: true } }
    const backend = showing(accepted, { 'help.cancel': () => ({ ...accepted, cancelAsked: true, cancelReason: '家里人能帮忙了', can: { ...NONE, confirm: true, dispute: true } }) })
    await screen.findByText('30积分', {}, { timeout: 5000 })
    await act(async () => fireEvent.click(screen.getByText('取消需求')))
    await screen.findByText('要请赵志远同意。对方同意后，30积分马上退回。')
    await act(async () => fireEvent.click(screen.getByText('家里人能帮忙了')))
    await act(async () => fireEvent.click(screen.getByText('请对方同意')))
    await waitFor(() => expect(backend.calls.find((c) => c.key === 'help.cancel')?.input).toEqual({ requestId: ID, reason: '家里人能帮忙了' }))
    await screen.findByText('已请赵志远同意取消（家里人能帮忙了），等对方答复。对方同意后，积分马上退回。')
    expect(screen.queryByText('取消需求')).toBeNull()
  })

  it('asks the helper to agree to or decline the requester\'s cancel, and lets them give the request up', async () => {
    const asked = { ...open, state: 'accepted' as const, stateLabel: '已有人接单', role: 'helper' as const, requesterName: '王建国', helperName: '赵志远', cancelAsked: true, cancelReason: '临时不需要了', can: { ...NONE, confirm: true, dispute: true, answerCancel: true, giveUp: true } }
    const backend = showing(asked, { 'help.answerCancel': () => ({ ...asked, state: 'cancelled', stateLabel: '已取消', cancelAsked: false, can: NONE }) })
    await screen.findByText('求助的人想取消这一单：临时不需要了。请点“同意取消”或“不同意”。', {}, { timeout: 5000 })
    expect(screen.getByText('不同意')).toBeTruthy()
    expect(screen.getByText('来不了了')).toBeTruthy()
    await act(async () => fireEvent.click(screen.getByText('同意取消')))
    await screen.findByText('同意后这单互助取消，30积分退回给求助的人。')
    await act(async () => fireEvent.click(screen.getAllByText('同意取消').at(-1)!))
    await waitFor(() => expect(backend.calls.find((c) => c.key === 'help.answerCancel')?.input).toEqual({ requestId: ID, agree: true }))
    await screen.findByText('这个需求已取消，积分已退回。')
  })

  it('lets a helper who cannot come give the request up, after saying what happens to it', async () => {
    const taken = { ...open, state: 'accepted' as const, stateLabel: '已有人接单', role: 'helper' as const, helperName: '赵志远', can: { ...NONE, confirm: true, dispute: true, giveUp: true } }
    const backend = showing(taken, { 'help.giveUp': () => ({ ...open, can: { ...NONE, accept: true } }) })
    await screen.findByText('30积分', {}, { timeout: 5000 })
    await act(async () => fireEvent.click(screen.getByText('来不了了')))
    await screen.findByText('这一单会重新等别的志愿者来接，30积分仍由平台保管。我们会告诉求助的人。')
    await act(async () => fireEvent.click(screen.getByText('确认放弃')))
    await waitFor(() => expect(backend.calls.find((c) => c.key === 'help.giveUp')?.input).toEqual({ requestId: ID }))
    await screen.findByText('我来帮忙')
  })

  it('shows the stars the requester gave on a finished request', async () => {
    showing({ ...open, state: 'done', stateLabel: '已完成', role: 'helper', helperName: '赵志远', rating: 4, can: NONE })
    await screen.findByText('评分：★★★★☆（4星）', {}, { timeout: 5000 })
  })

  it('shows staff a dispute with its reason and lets them decide with one', async () => {
    const disputed = { ...open, state: 'disputed' as const, stateLabel: '社区处理中', role: 'staff' as const, requesterName: '王建国', helperName: '赵志远', disputeReason: '约好的时间没有人来', can: { ...NONE, resolve: true } }
    const backend = showing(disputed, { 'help.resolve': () => ({ ...disputed, state: 'cancelled', resolution: 'refund', resolveReason: '双方都说没有进行', can: NONE }) })
    await screen.findByText('30积分', {}, { timeout: 5000 })
    await act(async () => fireEvent.click(screen.getByText('处理争议')))
    await act(async () => fireEvent.click(screen.getByText('退回给求助的人（王建国）')))
    await act(async () => fireEvent.click(screen.getByText('双方都说没有进行')))
    await act(async () => fireEvent.click(screen.getByText('退回积分')))
    await waitFor(() => expect(backend.calls.find((c) => c.key === 'help.resolve')?.input).toEqual({ requestId: ID, decision: 'refund', reason: '双方都说没有进行' }))
  })
})

describe('发布互助需求', () => {
  const NOW = Date.parse('2026-12-05T02:00:00Z')
  it('says what is missing before sending, in words a person understands', () => {
    const e = validateHelp({ ...emptyHelp(NOW), points: '50' }, 30, NOW)
    expect(e).toEqual({ kind: '请选择需要哪种帮忙', communityId: '请选择在哪个社区或村', place: '请写上在哪儿，例如：幸福里社区3号楼2单元', points: '您现在有30积分，不够给50分' })
    expect(validateHelp({ ...emptyHelp(NOW), kind: 'other', communityId: 'c', place: '1号楼' }, 100, NOW)).toEqual({ details: '选“其他帮忙”时，请写一句需要帮什么' })
  })

  it('sends the form as the server takes it and opens the new request', async () => {
    const { nav } = quietTaro()
    const backend = fakeBackend({ 'help.post': () => ({ ...open, role: 'requester' }) })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    const me = { user: { id: 'u', name: '王建国', maskedName: '王**', isMinor: false }, county: { id: 'k', name: '青禾县' }, roles: [], household: { id: 'h', label: '1号楼', communityId: 'c1', communityName: '幸福里社区', buildingId: 'b' } }
    render(<PostForm loaded={{ me: me as never, communities: [{ id: 'c1', name: '幸福里社区' }, { id: 'c2', name: '和平社区' }], balance: 100 }} />)
    fireEvent.click(screen.getByText('家中小修'))
    fireEvent.input(screen.getByLabelText('具体地点'), { target: { value: '幸福里社区1号楼1单元301' } })
    await act(async () => fireEvent.click(screen.getByText('发布')))
    await waitFor(() => expect(backend.calls.map((c) => c.key)).toEqual(['help.post']))
    const input = backend.calls[0].input as Record<string, unknown>
    expect(input).toMatchObject({ kind: 'repair', communityId: 'c1', place: '幸福里社区1号楼1单元301', minutes: 60, points: 20 })
    expect(input.startsAt).toMatch(/T09:00:00\+08:00$/)
    expect(input.forName).toBeUndefined()
    await waitFor(() => expect(nav).toHaveBeenCalledWith(expect.objectContaining({ url: expect.stringContaining('/features/help/pages/detail/index?id=') })))
  })
})

describe('我的互助', () => {
  function Mine({ view }: { view: MyHelpView }) {
    const remote = useRemote(async () => view)
    return <MineScreen remote={remote} />
  }
  it('shows the helper their 互助时长 and the help they gave', async () => {
    quietTaro()
    render(<Mine view={{ asked: [], helped: [{ ...open, state: 'done', stateLabel: '已完成', role: 'helper' }], helpMinutes: 90, ratingAverage: 4.5, rated: 2, balance: 30 }} />)
    await screen.findByText(minutesText(90))
    expect(minutesText(90)).toBe('1小时30分钟')
    await screen.findByText('还没有发布过互助需求')
    expect(screen.getByText('大家给您的评分：4.5星（2次评分）')).toBeTruthy()
    fireEvent.click(screen.getByText('我帮过的（1）'))
    await screen.findByText('已完成')
  })
})
