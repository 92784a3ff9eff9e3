import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { fakeBackend, quietTaro } from './helpers'

jest.mock('../../src/lib/cloud', () => {
  const actual = jest.requireActual('../../src/lib/cloud')
  return { ...actual, call: jest.fn() }
})
import { call, CloudError } from '../../src/lib/cloud'
import { BulletinView } from '../../src/features/inspections/pages/bulletin/index'
import { InspectScreen } from '../../src/features/inspections/pages/inspect/index'
import NewRoundPage from '../../src/features/inspections/pages/new-round/index'
import MySitesPage from '../../src/features/inspections/pages/my-sites/index'
import SitesPage from '../../src/features/inspections/pages/sites/index'
import { pairUp, rateText } from '../../src/features/inspections/words'
import type { Bulletin, SiteForm } from '../../server/modules/inspections/contracts'
import * as server from '../../server/modules/inspections/contracts'
import * as app from '../../src/features/inspections/api/types'

beforeEach(() => jest.restoreAllMocks())

test("the app's site types, round kinds and default time to rectify are the server's", () => {
  expect(app.SITE_TYPES).toEqual(server.SITE_TYPES)
  expect(app.ROUND_KIND_LABELS).toEqual(server.ROUND_KIND_LABELS)
  expect(app.DEFAULT_FIX_HOURS).toBe(server.DEFAULT_FIX_HOURS)
  expect(app.SITE_CHANGED_ELSEWHERE).toBe(server.SITE_CHANGED_ELSEWHERE)
})

test('inspectors go two to a team in the order chosen, the odd one alone', () => {
  expect(pairUp(['a', 'b', 'c'])).toEqual([['a', 'b'], ['c']])
  expect(rateText(66.7)).toBe('66.7%')
  expect(rateText(100)).toBe('100%')
})

const site = { id: 's1', name: '幸福里农贸市场', siteType: '农贸市场' as const, communityId: 'c', community: '幸福里社区', areaId: 'a1', area: '城东片区', departmentId: 'd', department: '县城市管理局', address: '幸福路32号', latitude: 34.8, longitude: 114.8, retired: false, version: 1 }
const form: SiteForm = {
  roundId: 'r1',
  roundTitle: '第四季度暗访',
  site,
  inspectionId: null,
  checklist: {
    id: 'k1', siteType: '农贸市场', title: '农贸市场测评标准', version: 2, createdAt: '2026-12-01T00:00:00.000Z', maxScore: 20,
    items: [
      { sort: 0, title: '地面干净无积水', standard: '无垃圾无积水', points: 10 },
      { sort: 1, title: '划行归市', standard: '无占道经营', points: 10 },
    ],
  },
}

describe('现场督查', () => {
  it('submits only when every item is scored, and a pass needs no photo', async () => {
    quietTaro()
    const backend = fakeBackend({ 'inspections.siteForm': () => form, 'inspections.submit': () => ({ inspectionId: 'i1', score: 20, maxScore: 20, reportIds: [] }) })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<InspectScreen roundId='r1' siteId='s1' />)
    await screen.findByText('还有2项没打分')
    const passes = screen.getAllByText('合格')
    await act(async () => fireEvent.click(passes[0]))
    await act(async () => fireEvent.click(passes[1]))
    await act(async () => fireEvent.click(screen.getByText('提交检查结果')))
    await waitFor(() => expect(backend.calls.map((c) => c.key)).toContain('inspections.submit'))
    expect(backend.calls.find((c) => c.key === 'inspections.submit')!.input).toEqual({ roundId: 'r1', siteId: 's1', checklistId: 'k1', items: [{ sort: 0, passed: true }, { sort: 1, passed: true }] })
  })

  it('asks for a photo of a failed item before it can be submitted', async () => {
    quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'inspections.siteForm': () => form }).impl)
    render(<InspectScreen roundId='r1' siteId='s1' />)
    await screen.findByText('还有2项没打分')
    await act(async () => fireEvent.click(screen.getAllByText('不合格')[0]))
    await act(async () => fireEvent.click(screen.getAllByText('合格')[1]))
    expect(screen.getByText('不合格的项目要拍照')).toBeTruthy()
    expect(screen.getByText('拍照（必须）')).toBeTruthy()
  })
})

test('a bulletin shows the ranking, the 红黑榜 and the worst findings, and no inspector for residents', () => {
  const row = (rank: number, id: string, name: string, rate: number) => ({ rank, id, name, score: rate, maxScore: 100, rate, sites: 1 })
  const b: Bulletin = {
    roundId: 'r1', title: '第四季度暗访', kindLabel: '季度暗访', publishedAt: '2026-12-05T02:00:00.000Z', sitesInspected: 2, averageRate: 83.3,
    sites: [
      { ...row(1, 's2', '新华农贸市场', 100), siteType: '农贸市场', community: '新华社区', department: '县市场监督管理局' },
      { ...row(2, 's1', '幸福里农贸市场', 66.7), siteType: '农贸市场', community: '幸福里社区', department: '县城市管理局' },
    ],
    communities: [row(1, 'c2', '新华社区', 100), row(2, 'c1', '幸福里社区', 66.7)],
    areas: [row(1, 'a2', '城西片区', 100), row(2, 'a1', '城东片区', 66.7)],
    departments: [row(1, 'd2', '县市场监督管理局', 100), row(2, 'd1', '县城市管理局', 66.7)],
    redList: [row(1, 'd2', '县市场监督管理局', 100)],
    blackList: [row(2, 'd1', '县城市管理局', 66.7)],
    worstFindings: [{ site: '幸福里农贸市场', item: '地面干净无积水', pointsLost: 10, photo: 'p1', note: '通道有积水', reportId: 'x1' }],
  }
  render(<BulletinView b={b} />)
  expect(screen.getByText('红榜')).toBeTruthy()
  expect(screen.getByText('黑榜')).toBeTruthy()
  expect(screen.getByText('幸福里农贸市场：地面干净无积水')).toBeTruthy()
  expect(screen.getAllByText('66.7%').length).toBeGreaterThan(0)
  expect(screen.queryByText(/督查人员/)).toBeNull()
})

describe('新建暗访', () => {
  it('draws sites at random among the chosen types and areas, and pairs the inspectors in the order ticked', async () => {
    quietTaro()
    const lane = { ...site, id: 's2', name: '新华小巷', siteType: '背街小巷' as const, areaId: 'a2', area: '城西片区', community: '新华社区' }
    const backend = fakeBackend({
      'inspections.sites': () => [site, lane],
      'inspections.inspectors': () => [{ userId: 'u1', name: '郑国华' }, { userId: 'u2', name: '冯督查' }, { userId: 'u3', name: '何督查' }],
      'inspections.createRound': () => ({ id: 'r9' }),
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<NewRoundPage />)
    await screen.findByText('郑国华')
    fireEvent.input(screen.getByLabelText('这轮暗访叫什么'), { target: { value: '城西专项暗访' } })
    await act(async () => fireEvent.click(screen.getByText('随机抽取')))
    await act(async () => fireEvent.click(screen.getByText('背街小巷')))
    await act(async () => fireEvent.click(screen.getByText('城西片区')))
    for (const name of ['冯督查', '郑国华', '何督查']) await act(async () => fireEvent.click(screen.getByText(name)))
    await act(async () => fireEvent.click(screen.getByText('安排暗访')))
    await waitFor(() => expect(backend.calls.map((c) => c.key)).toContain('inspections.createRound'))
    expect(backend.calls.find((c) => c.key === 'inspections.createRound')!.input).toEqual({
      title: '城西专项暗访',
      kind: 'quarterly',
      fixHours: 72,
      sample: { siteTypes: ['背街小巷'], areaIds: ['a2'], count: 5 },
      teams: [['u2', 'u1'], ['u3']],
    })
  })
})

describe('复查', () => {
  const visited = [
    {
      roundId: 'r1',
      roundTitle: '第四季度暗访',
      site,
      partners: [],
      inspection: { id: 'i1', score: 10, maxScore: 20, submittedAt: '2026-12-01T02:00:00.000Z', findings: [{ sort: 0, title: '地面干净无积水', reportId: 'p1', rechecked: false }] },
    },
  ]

  it('sends a fix that is not there back with the words and asks for a photo of it, as the server does', async () => {
    quietTaro()
    const backend = fakeBackend({
      'inspections.mySites': () => visited,
      'inspections.recheckFailed': (input: any) => {
        if (!input.photos.length) throw new CloudError('VALIDATION', '请拍一张仍未整改的照片', [{ field: 'photos', message: '请拍一张仍未整改的照片' }])
        return { reopened: true }
      },
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<MySitesPage />)
    await waitFor(() => expect(document.body.textContent).toContain('仍未整改：地面干净无积水'), { timeout: 5000 })
    await act(async () => fireEvent.click(screen.getByText('仍未整改：地面干净无积水')))
    await act(async () => fireEvent.click(screen.getByText('只整改了一部分')))
    await act(async () => fireEvent.click(screen.getByText('退回重新整改')))
    await screen.findByText('请拍一张仍未整改的照片')
    expect(backend.calls.find((c) => c.key === 'inspections.recheckFailed')!.input).toEqual({ inspectionId: 'i1', sort: 0, reason: '只整改了一部分', photos: [] })
    // the sheet stays open with what was chosen, for the photo
    expect(screen.getByText('退回重新整改')).toBeTruthy()
  })
})

describe('暗访点位: 修改 and 停用', () => {
  const market = { ...site, id: 's1' }
  const lane = { ...site, id: 's2', name: '幸福里东巷', siteType: '背街小巷' as const, address: '幸福路东侧小巷' }
  const old = { ...site, id: 's3', name: '老城农贸市场', retired: true }
  const places = {
    'places.communities': () => [{ id: 'c', name: '幸福里社区', areaName: '城东片区' }, { id: 'c2', name: '新华社区', areaName: '城西片区' }],
    'places.departments': () => [{ id: 'd', name: '县城市管理局' }, { id: 'd2', name: '县市场监督管理局' }],
  }

  it('修改 fills the form with the site and saves it with its registered place', async () => {
    quietTaro()
    const backend = fakeBackend({ ...places, 'inspections.sites': () => [market, lane, old], 'inspections.editSite': (i: any) => ({ ...market, name: i.name }) })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<SitesPage />)
    await screen.findByText('已登记3个点位')
    expect(screen.getByText('已停用')).toBeTruthy()
    expect(screen.queryByLabelText('修改老城农贸市场')).toBeNull()
    await act(async () => fireEvent.click(screen.getByLabelText('修改幸福里农贸市场')))
    await screen.findByText('修改点位：幸福里农贸市场')
    expect((screen.getByLabelText('点位名称') as HTMLInputElement).value).toBe('幸福里农贸市场')
    expect(screen.getByText('已经检查过的点位，过去的督查通报仍按检查时的名称、社区和责任单位显示。')).toBeTruthy()
    fireEvent.input(screen.getByLabelText('点位名称'), { target: { value: '幸福里综合市场' } })
    await act(async () => fireEvent.click(screen.getByText('县市场监督管理局')))
    await act(async () => fireEvent.click(screen.getByText('保存修改')))
    await waitFor(() => expect(backend.calls.find((c) => c.key === 'inspections.editSite')?.input).toEqual({
      siteId: 's1', version: 1, name: '幸福里综合市场', siteType: '农贸市场', communityId: 'c', departmentId: 'd2', address: '幸福路32号', latitude: 34.8, longitude: 114.8,
    }))
  })

  it('someone else changed the site meanwhile: says so, and 刷新这个点位 brings the form the site as it is now', async () => {
    quietTaro()
    let current = market
    const backend = fakeBackend({
      ...places,
      'inspections.sites': () => [current, lane],
      'inspections.editSite': () => {
        throw new CloudError('CONFLICT', app.SITE_CHANGED_ELSEWHERE)
      },
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<SitesPage />)
    await screen.findByText('已登记2个点位')
    await act(async () => fireEvent.click(screen.getByLabelText('修改幸福里农贸市场')))
    fireEvent.input(screen.getByLabelText('点位名称'), { target: { value: '幸福里综合市场' } })
    // Meanwhile another admin renamed it.
    current = { ...market, name: '幸福里菜市场', version: 2 }
    await act(async () => fireEvent.click(screen.getByText('保存修改')))
    await screen.findByText('这个点位刚被别人改过，请刷新后再改')
    expect(backend.calls.find((c) => c.key === 'inspections.editSite')?.input).toMatchObject({ siteId: 's1', version: 1 })
    expect(screen.queryByText('保存修改')).toBeNull() // one primary button: 刷新这个点位
    await act(async () => fireEvent.click(screen.getByText('刷新这个点位')))
    await screen.findByText('修改点位：幸福里菜市场')
    expect((screen.getByLabelText('点位名称') as HTMLInputElement).value).toBe('幸福里菜市场')
    expect(screen.queryByText('这个点位刚被别人改过，请刷新后再改')).toBeNull()
  })

  it('asks once before 停用, and 恢复 a retired site without asking', async () => {
    const { modal } = quietTaro()
    const backend = fakeBackend({ ...places, 'inspections.sites': () => [market, old], 'inspections.retireSite': (i: any) => ({ ...market, retired: i.retired }) })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<SitesPage />)
    await screen.findByText('已登记2个点位')
    await act(async () => fireEvent.click(screen.getByLabelText('停用幸福里农贸市场')))
    await waitFor(() => expect(backend.calls.filter((c) => c.key === 'inspections.retireSite').map((c) => c.input)).toEqual([{ siteId: 's1', retired: true }]))
    expect(modal).toHaveBeenCalledTimes(1)
    expect((modal.mock.calls[0][0] as any).content).toContain('不会再被抽到或选进新的督查')
    await act(async () => fireEvent.click(screen.getByLabelText('恢复老城农贸市场')))
    await waitFor(() => expect(backend.calls.filter((c) => c.key === 'inspections.retireSite').map((c) => c.input)).toEqual([{ siteId: 's1', retired: true }, { siteId: 's3', retired: false }]))
    expect(modal).toHaveBeenCalledTimes(1)
  })

  it('a new round never offers a retired site', async () => {
    quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'inspections.sites': () => [market, old], 'inspections.inspectors': () => [] }).impl)
    render(<NewRoundPage />)
    await screen.findByText('幸福里农贸市场（农贸市场 · 幸福里社区）')
    expect(screen.queryByText('老城农贸市场（农贸市场 · 幸福里社区）')).toBeNull()
  })
})
