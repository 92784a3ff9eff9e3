import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { CloudError } from '../../src/lib/cloud'
import { fakeBackend, quietTaro } from './helpers'

jest.mock('../../src/lib/cloud', () => {
  const actual = jest.requireActual('../../src/lib/cloud')
  return { ...actual, call: jest.fn() }
})
import { call } from '../../src/lib/cloud'
import { ManageScreen } from '../../src/features/assessment/pages/manage/index'
import { RankingScreen } from '../../src/features/assessment/pages/ranking/index'
import { weightProblem, WeightsScreen } from '../../src/features/assessment/pages/weights/index'
import { monthOf, recentMonths } from '../../src/features/assessment/hooks/months'
import { checkWeights, monthOf as serverMonthOf } from '../../server/modules/assessment/domain/scoring'
import type { AssessmentMonth, AssessmentRow } from '../../server/modules/assessment/contracts'
import { ProxyScreen } from '../../src/features/questionnaires/pages/proxy/index'
import type { ProxyList } from '../../server/modules/questionnaires/contracts'

beforeEach(() => jest.restoreAllMocks())

const weights = [
  { part: 'inspections' as const, label: '督查暗访得分率', weight: 30 },
  { part: 'reportsOnTime' as const, label: '随手拍按时办结', weight: 20 },
  { part: 'reportsSatisfaction' as const, label: '随手拍群众满意度', weight: 15 },
  { part: 'questionnaires' as const, label: '问卷满意度', weight: 15 },
  { part: 'tasks' as const, label: '任务完成', weight: 20 },
]
const part = (i: number, score: number | null, effectiveWeight: number, basis = '本月没有数据') => ({ ...weights[i], score, effectiveWeight, basis })
const rows: AssessmentRow[] = [
  {
    communityId: 'c1', communityName: '幸福里社区', areaName: '城东片区', rank: 1, total: 81.7,
    parts: [part(0, null, 0), part(1, 60, 28.6, '到期5件，按时办结3件'), part(2, 100, 21.4, '2位居民评价，平均5.0星'), part(3, 85, 21.4, '3份问卷，平均4.4分'), part(4, 75, 28.6, '城东片区：到期4项，按期完成3项')],
  },
  { communityId: 'c2', communityName: '柳树村', areaName: '城西片区', rank: null, total: null, parts: [part(0, null, 0), part(1, null, 0), part(2, null, 0), part(3, null, 0), part(4, null, 0)] },
]
const month = (status: 'draft' | 'published'): AssessmentMonth => ({ month: '2026-11', status, publishedAt: status === 'published' ? '2026-12-02T02:00:00.000Z' : null, weights, rows })

test("the app's Beijing month is the server's, across a month's first hours", () => {
  for (const at of ['2026-11-30T15:59:59Z', '2026-11-30T16:00:00Z', '2026-12-31T17:00:00Z']) expect(monthOf(new Date(at))).toBe(serverMonthOf(new Date(at)))
  expect(recentMonths(new Date('2027-01-10T00:00:00Z'), 3)).toEqual(['2027-01', '2026-12', '2026-11'])
})

test("the weights page's check says what the server says about a sum other than 100", () => {
  const values = { inspections: '30', reportsOnTime: '20', reportsSatisfaction: '15', questionnaires: '5', tasks: '20' }
  expect(weightProblem(values)).toBe(checkWeights(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, Number(v)])))[0].message)
  expect(weightProblem({ ...values, questionnaires: '15' })).toBeNull()
  expect(weightProblem({ ...values, questionnaires: '-5' })).toBe('每一项都填0到100的整数')
})

describe('月度考核排名', () => {
  it('shows each community’s place and parts; a part without data says 无数据 and that its weight went to the others', async () => {
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'assessment.ranking': () => ({ months: ['2026-11'], ranking: month('published') }) }).impl)
    render(<RankingScreen />)
    await screen.findByText('2026年11月社区考核排名')
    expect(screen.getByText('第1名')).toBeTruthy()
    expect(screen.getByText('81.7分')).toBeTruthy()
    expect(screen.getByText('到期5件，按时办结3件 · 权重20%，按28.6%计')).toBeTruthy()
    expect(screen.getByText('城东片区：到期4项，按期完成3项 · 权重20%，按28.6%计')).toBeTruthy()
    expect(screen.getAllByText('权重30%，本月没有数据，不计入')).toHaveLength(1)
    expect(screen.getByText('本月各项都没有数据，不参加排名')).toBeTruthy()
  })

  it('before the first month is published, says so', async () => {
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'assessment.ranking': () => ({ months: [], ranking: null }) }).impl)
    render(<RankingScreen />)
    await screen.findByText('还没有发布考核排名')
  })
})

describe('月度考核 (the command centre)', () => {
  it('shows the draft as the command centre’s alone, and publishes it after asking', async () => {
    const { modal } = quietTaro()
    const backend = fakeBackend({ 'assessment.preview': () => month('draft'), 'assessment.publish': () => month('published') })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<ManageScreen now={new Date('2026-12-05T02:00:00Z')} />)
    await screen.findByText('草稿：按现在的数据和权重计算，只有创文办能看到。')
    expect(backend.calls.find((c) => c.key === 'assessment.preview')!.input).toEqual({ month: '2026-11' })
    await act(async () => fireEvent.click(screen.getByText('发布2026年11月排名')))
    expect(modal).toHaveBeenCalled()
    await screen.findByText('已于2026年12月2日发布，得分已固定，居民都能看到。')
    expect(backend.calls.map((c) => c.key)).toContain('assessment.publish')
  })
})

describe('考核权重', () => {
  it('shows the sum as it is typed and saves only when it is 100', async () => {
    quietTaro()
    const backend = fakeBackend({ 'assessment.weights': () => ({ parts: weights, custom: false, added: [] }), 'assessment.setWeights': (i) => ({ parts: weights.map((w) => ({ ...w, weight: i.weights[w.part] })), custom: true, added: [] }) })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<WeightsScreen />)
    await screen.findByText('合计 100 / 100')
    // Taro's inputs draw their <input> a moment after the page (Stencil renders on its own schedule).
    await waitFor(() => expect(document.querySelectorAll('input').length).toBeGreaterThanOrEqual(weights.length))
    const inputs = document.querySelectorAll('input')
    await act(async () => fireEvent.change(inputs[3], { target: { value: '5' } }))
    await act(async () => fireEvent.input(inputs[3], { target: { value: '5' } }))
    await screen.findByText('合计 90 / 100')
    expect(screen.getByText('各项权重加起来要正好是100，现在是90')).toBeTruthy()
    await act(async () => fireEvent.input(inputs[0], { target: { value: '40' } }))
    await screen.findByText('合计 100 / 100')
    await act(async () => fireEvent.click(screen.getByText('保存权重')))
    await waitFor(() => expect(backend.calls.map((c) => c.key)).toContain('assessment.setWeights'))
    expect(backend.calls.find((c) => c.key === 'assessment.setWeights')!.input).toEqual({ weights: { inspections: 40, reportsOnTime: 20, reportsSatisfaction: 15, questionnaires: 5, tasks: 20 } })
  })

  it('after 任务完成 was added to weights the admin had saved, says it counts 0 until they set it', async () => {
    quietTaro()
    const saved = weights.map((w) => ({ ...w, weight: w.part === 'tasks' ? 0 : w.part === 'inspections' ? 50 : w.weight }))
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'assessment.weights': () => ({ parts: saved, custom: true, added: ['tasks'] }) }).impl)
    render(<WeightsScreen />)
    await screen.findByText('新增了考核内容「任务完成」，现在按0计算。请填上它的权重，让合计还是100，再保存。')
    expect(screen.getByText('合计 100 / 100')).toBeTruthy()
    expect(screen.getByLabelText('任务完成的权重')).toBeTruthy()
  })
})

const proxyList: ProxyList = {
  questionnaires: [
    {
      id: 'q1', title: '创建文明城市群众满意度调查', intro: '', audienceType: 'county', audienceName: '全县', anonymous: true, forChildren: false, opensAt: '2026-12-01T00:00:00.000Z', closesAt: '2026-12-31T00:00:00.000Z',
      state: 'open', questionCount: 1, answerCount: 0, answered: false, inAudience: true, manages: false,
      questions: [{ id: 'q1', kind: 'rating', title: '您对城区市容环境卫生满意吗？', options: [], required: true }],
    },
  ],
  communities: [{ id: 'c1', name: '幸福里社区' }, { id: 'c2', name: '和平社区' }],
  enteredToday: 4,
  dailyCap: 60,
}

describe('代填问卷', () => {
  it('asks for the passer-by’s community, sends their answers, and empties the form for the next one', async () => {
    quietTaro()
    const backend = fakeBackend({ 'questionnaires.proxyList': () => proxyList, 'questionnaires.proxySubmit': () => ({ proxyCount: 5, enteredToday: 5 }) })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<ProxyScreen />)
    await screen.findByText('今天已代填 4 份（每天最多 60 份）')
    await act(async () => fireEvent.click(screen.getByText('很满意')))
    await act(async () => fireEvent.click(screen.getByText('提交这一份')))
    expect(screen.getByText('请问这位居民住在哪个社区')).toBeTruthy()
    expect(backend.calls.map((c) => c.key)).not.toContain('questionnaires.proxySubmit')
    await act(async () => fireEvent.click(screen.getByText('和平社区')))
    await act(async () => fireEvent.click(screen.getByText('提交这一份')))
    await screen.findByText('今天已代填 5 份（每天最多 60 份）')
    expect(backend.calls.find((c) => c.key === 'questionnaires.proxySubmit')!.input).toEqual({ questionnaireId: 'q1', communityId: 'c2', answers: { q1: 5 } })
    expect(screen.getByText('和平社区').getAttribute('aria-checked')).toBe('false')
  })

  it('tells the volunteer when the day’s cap is reached', async () => {
    quietTaro()
    const backend = fakeBackend({
      'questionnaires.proxyList': () => proxyList,
      'questionnaires.proxySubmit': () => {
        throw new CloudError('RATE_LIMITED', '今天已经代填60份了，辛苦了！明天再来吧')
      },
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<ProxyScreen />)
    await screen.findByText('今天已代填 4 份（每天最多 60 份）')
    await act(async () => fireEvent.click(screen.getByText('很满意')))
    await act(async () => fireEvent.click(screen.getByText('幸福里社区')))
    await act(async () => fireEvent.click(screen.getByText('提交这一份')))
    await screen.findByText('今天已经代填60份了，辛苦了！明天再来吧')
  })
})
