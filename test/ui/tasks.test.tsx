import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { fakeBackend, quietTaro } from './helpers'

jest.mock('../../src/lib/cloud', () => {
  const actual = jest.requireActual('../../src/lib/cloud')
  return { ...actual, call: jest.fn() }
})
import { call } from '../../src/lib/cloud'
import * as server from '../../server/modules/tasks/contracts'
import type { LetterView, PlanView, TaskDetail, TaskNodeView, TaskOptions, WeeklyReport } from '../../server/modules/tasks/contracts'
import { LetterScreen } from '../../src/features/tasks/pages/letter/index'
import { NewTaskScreen } from '../../src/features/tasks/pages/new/index'
import PlanPage from '../../src/features/tasks/pages/plan/index'
import { TaskScreen } from '../../src/features/tasks/pages/task/index'
import { WeeklyScreen } from '../../src/features/tasks/pages/weekly/index'
import * as words from '../../src/features/tasks/words'

beforeEach(() => jest.restoreAllMocks())

test("the app's levels and photo limit are the server's", () => {
  expect(words.CHILD_LEVEL).toEqual(server.CHILD_LEVEL)
  expect(words.LEVEL_LABELS).toEqual(server.LEVEL_LABELS)
  expect(words.MAX_PHOTOS).toBe(server.MAX_PHOTOS)
  expect(words.weekText('2026-11-30', '2026-12-06')).toBe('11月30日—12月6日')
})

const node = (over: Partial<TaskNodeView>): TaskNodeView => ({
  id: 'n', parentId: null, level: 'plan', levelLabel: '总体方案', title: '三年行动方案', version: 1, leadUnitId: 'd1', responsibleUnitIds: [], cooperatingUnitIds: [], areaId: null, assigneeId: null,
  leadUnit: '县城市管理局', responsibleUnits: [], cooperatingUnits: [], area: null,
  dueOn: '2027-12-31', weight: 1, assignee: null, progress: 0, done: false, overdue: false, escalated: false, withdrawn: false, withdrawReason: null, children: [], ...over,
})
const plan: PlanView = {
  today: '2026-12-05',
  plans: [
    node({
      id: 'p', progress: 75,
      children: [node({ id: 'y', parentId: 'p', level: 'year', levelLabel: '年度目标', title: '市容达标', progress: 75, children: [
        node({ id: 'm', parentId: 'y', level: 'month', levelLabel: '月度任务', title: '背街小巷', area: '城东片区', progress: 75, children: [
          node({ id: 't', parentId: 'm', level: 'person', levelLabel: '个人任务', title: '东巷清理', assignee: '周强', progress: 100, done: true }),
          node({ id: 'u', parentId: 'm', level: 'person', levelLabel: '个人任务', title: '西巷清理', assignee: '周强', progress: 0, overdue: true, escalated: true }),
        ] }),
      ] })],
    }),
  ],
}

describe('任务与责任书 (the command centre)', () => {
  it('shows the plan as a tree, each level with its rolled-up progress and the way to break it down', async () => {
    quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'tasks.plan': () => plan }).impl)
    render(<PlanPage />)
    await screen.findByText('总体方案：三年行动方案')
    expect(screen.getByText('月度任务：背街小巷')).toBeTruthy()
    expect(screen.getAllByText('汇总进度：75%')).toHaveLength(3)
    expect(screen.getByText('＋ 分解年度目标')).toBeTruthy()
    expect(screen.getByText('＋ 分解个人任务')).toBeTruthy()
    expect(screen.getByText('已完成')).toBeTruthy()
    expect(screen.getByText('已督办')).toBeTruthy()
  })

  it('with no plan yet, says what to do first', async () => {
    quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'tasks.plan': () => ({ today: '2026-12-05', plans: [] }) }).impl)
    render(<PlanPage />)
    await screen.findByText('还没有任务')
  })

  it('gives a person’s task to one of the units’ handlers, with its units, deadline and weight', async () => {
    quietTaro()
    const options: TaskOptions = { units: [{ id: 'd1', name: '县城市管理局' }, { id: 'd2', name: '县市场监督管理局' }], areas: [{ id: 'a1', name: '城东片区' }], people: [{ userId: 'u1', name: '周强', unit: '县城市管理局' }] }
    const backend = fakeBackend({ 'tasks.options': () => options, 'tasks.plan': () => plan, 'tasks.create': () => ({ id: 'new', level: 'person' }) })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    const { container } = render(<NewTaskScreen parentId='m' />)
    await screen.findByText('新建个人任务')
    expect(screen.getByText('属于：背街小巷（期限2027年12月31日）')).toBeTruthy()
    fireEvent.input(screen.getByLabelText('任务名称'), { target: { value: '南巷清理' } })
    fireEvent.change(container.querySelector('input[type="date"]')!, { target: { value: '2026-12-20' } })
    await act(async () => fireEvent.click(screen.getAllByText('县城市管理局')[0]))
    await act(async () => fireEvent.click(screen.getByText('3')))
    expect(screen.getByText('保存个人任务').closest('button')?.disabled ?? true).toBe(true)
    await act(async () => fireEvent.click(screen.getByText('周强（县城市管理局）')))
    await act(async () => fireEvent.click(screen.getByText('保存个人任务')))
    await waitFor(() => expect(backend.calls.map((c) => c.key)).toContain('tasks.create'))
    expect(backend.calls.find((c) => c.key === 'tasks.create')!.input).toEqual({ parentId: 'm', title: '南巷清理', leadUnitId: 'd1', responsibleUnitIds: [], cooperatingUnitIds: [], dueOn: '2026-12-20', weight: 3, assigneeId: 'u1' })
  })

  it('reads the week per unit and exports the same rows', async () => {
    quietTaro()
    const report: WeeklyReport = { weekStart: '2026-11-30', weekEnd: '2026-12-06', rows: [{ unitId: 'd1', unit: '县城市管理局', done: 2, late: 1, atRisk: 3 }], totals: { done: 2, late: 1, atRisk: 3 } }
    const backend = fakeBackend({ 'tasks.weekly': () => report, 'tasks.weeklyCsv': () => ({ filename: '任务周报.csv', csv: '单位,按期完成,逾期,有风险\r\n' }) })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<WeeklyScreen />)
    await screen.findByText('11月30日—12月6日')
    expect(screen.getByText('按期完成2项 · 逾期1项 · 有风险3项')).toBeTruthy()
    expect(screen.getByText('县城市管理局')).toBeTruthy()
    await act(async () => fireEvent.click(screen.getByText('上一周')))
    await waitFor(() => expect(backend.calls.filter((c) => c.key === 'tasks.weekly').map((c) => c.input)).toEqual([{}, { day: '2026-11-23' }]))
  })
})

describe('修改 / 移动 / 撤销 on the plan page', () => {
  const twoMonths: PlanView = {
    today: '2026-12-05',
    plans: [
      node({ id: 'p', children: [node({ id: 'y', parentId: 'p', level: 'year', levelLabel: '年度目标', title: '市容达标', children: [
        node({ id: 'm', parentId: 'y', level: 'month', levelLabel: '月度任务', title: '背街小巷', children: [
          node({ id: 't', parentId: 'm', level: 'person', levelLabel: '个人任务', title: '东巷清理', assignee: '周强', assigneeId: 'u1', progress: 40, version: 3 }),
        ] }),
        node({ id: 'n', parentId: 'y', level: 'month', levelLabel: '月度任务', title: '农贸市场' }),
        node({ id: 'w', parentId: 'y', level: 'month', levelLabel: '月度任务', title: '旧市场', withdrawn: true, withdrawReason: '市场已搬迁' }),
      ] })] }),
    ],
  }

  it('the form of 修改 comes filled in with the node, and saves on the version it showed', async () => {
    quietTaro()
    const options: TaskOptions = { units: [{ id: 'd1', name: '县城市管理局' }, { id: 'd2', name: '县市场监督管理局' }], areas: [{ id: 'a1', name: '城东片区' }], people: [{ userId: 'u1', name: '周强', unit: '县城市管理局' }, { userId: 'u2', name: '李明', unit: '县城市管理局' }] }
    const backend = fakeBackend({ 'tasks.options': () => options, 'tasks.plan': () => twoMonths, 'tasks.edit': () => ({ version: 4 }) })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<NewTaskScreen editId='t' />)
    await screen.findByText('修改个人任务')
    expect((screen.getByLabelText('任务名称') as HTMLInputElement).value).toBe('东巷清理')
    expect(screen.getByText('换了负责人，新负责人和原负责人都会收到消息。')).toBeTruthy()
    fireEvent.input(screen.getByLabelText('任务名称'), { target: { value: '东巷清理（加急）' } })
    await act(async () => fireEvent.click(screen.getByText('李明（县城市管理局）')))
    await act(async () => fireEvent.click(screen.getByText('保存修改')))
    await waitFor(() => expect(backend.calls.map((c) => c.key)).toContain('tasks.edit'))
    expect(backend.calls.find((c) => c.key === 'tasks.edit')!.input).toEqual({ taskId: 't', version: 3, title: '东巷清理（加急）', leadUnitId: 'd1', responsibleUnitIds: [], cooperatingUnitIds: [], dueOn: '2027-12-31', weight: 1, assigneeId: 'u2' })
  })

  it('moves a person’s task under another month still counted, never under a withdrawn one', async () => {
    quietTaro()
    const backend = fakeBackend({ 'tasks.plan': () => twoMonths, 'tasks.move': () => ({ version: 4 }) })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<PlanPage />)
    await screen.findByText('个人任务：东巷清理')
    expect(screen.getByText('撤销原因：市场已搬迁。不再计入上级进度，汇报记录都保留着。')).toBeTruthy()
    expect(screen.queryByLabelText('修改旧市场')).toBeNull()
    await act(async () => fireEvent.click(screen.getByLabelText('移动东巷清理')))
    await screen.findByText('移动“东巷清理”')
    expect(screen.queryByText('旧市场（期限2027年12月31日）')).toBeNull()
    expect(screen.queryByText('背街小巷（期限2027年12月31日）')).toBeNull()
    await act(async () => fireEvent.click(screen.getByText('农贸市场（期限2027年12月31日）')))
    await act(async () => fireEvent.click(screen.getByText('确认移动')))
    await waitFor(() => expect(backend.calls.find((c) => c.key === 'tasks.move')?.input).toEqual({ taskId: 't', version: 3, parentId: 'n' }))
  })

  it('asks once before 撤销, with a reason, and says reported progress stays', async () => {
    quietTaro()
    const backend = fakeBackend({ 'tasks.plan': () => twoMonths, 'tasks.withdraw': () => ({ withdrawn: 1, withReports: 1 }) })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<PlanPage />)
    await screen.findByText('个人任务：东巷清理')
    await act(async () => fireEvent.click(screen.getByLabelText('撤销东巷清理')))
    await screen.findByText('撤销“东巷清理”？')
    expect(screen.getByText('它已经汇报过进度（40%），撤销后这些进度不再计入上一级，但汇报记录都会保留。负责人会收到消息。撤销后不能恢复。')).toBeTruthy()
    // Nothing is withdrawn without a reason.
    await act(async () => fireEvent.click(screen.getByText('确认撤销')))
    expect(backend.calls.map((c) => c.key)).not.toContain('tasks.withdraw')
    await act(async () => fireEvent.click(screen.getByText('任务已取消')))
    await act(async () => fireEvent.click(screen.getByText('确认撤销')))
    await waitFor(() => expect(backend.calls.find((c) => c.key === 'tasks.withdraw')?.input).toEqual({ taskId: 't', version: 3, reason: '任务已取消' }))
  })
})

describe('a unit’s side', () => {
  const detail = (canReport: boolean): TaskDetail => ({
    task: { ...node({ id: 't', level: 'person', levelLabel: '个人任务', title: '东巷清理', assignee: '周强', progress: 20, dueOn: '2026-12-10' }) },
    path: ['三年行动方案', '市容达标', '背街小巷'],
    canReport,
    history: [{ id: 'h', percent: 20, note: '开始清理', photos: [], by: '周强', at: '2026-12-04T02:00:00.000Z' }],
  })

  it('reports progress as a percentage with a note', async () => {
    quietTaro()
    const backend = fakeBackend({ 'tasks.task': () => detail(true), 'tasks.report': () => ({ progress: 50, done: false }) })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<TaskScreen taskId='t' />)
    await screen.findByText('先选完成了多少')
    expect(screen.getByText('三年行动方案 › 市容达标 › 背街小巷')).toBeTruthy()
    await act(async () => fireEvent.click(screen.getByText('50%')))
    fireEvent.input(screen.getByLabelText('做了什么'), { target: { value: '东段清完' } })
    await act(async () => fireEvent.click(screen.getByText('汇报：完成50%')))
    await waitFor(() => expect(backend.calls.map((c) => c.key)).toContain('tasks.report'))
    expect(backend.calls.find((c) => c.key === 'tasks.report')!.input).toEqual({ taskId: 't', percent: 50, note: '东段清完', photos: [] })
  })

  it('shows those who only follow the task its reports, without the form', async () => {
    quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'tasks.task': () => detail(false) }).impl)
    render(<TaskScreen taskId='t' />)
    await screen.findByText('开始清理')
    expect(screen.queryByText('汇报进度')).toBeNull()
  })

  it('signs the year’s 责任书 for the unit, then shows its certificate', async () => {
    quietTaro()
    const letter = (signed: boolean): LetterView => ({
      countyName: '青禾县',
      text: { versionId: 'v1', version: 1, title: '青禾县2026年度创建全国文明城市目标责任书', preamble: '本单位承诺：', articles: ['按时完成任务。'], signerCount: signed ? 1 : 0 },
      units: [{ departmentId: 'd1', name: '县城市管理局', signed: signed ? { signerNo: 1, signedAt: '2026-12-05T02:00:00.000Z', signer: '周强', version: 1 } : null }],
    })
    let signed = false
    const backend = fakeBackend({
      'tasks.letter': () => letter(signed),
      'campaign.summary': () => ({ campaignName: '青禾县创建全国文明城市' }),
      'tasks.signLetter': () => ((signed = true), { signerNo: 1, signedAt: '2026-12-05T02:00:00.000Z', alreadySigned: false }),
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<LetterScreen />)
    const button = await screen.findByText('代表县城市管理局签署')
    await act(async () => fireEvent.click(button))
    await screen.findByText('目标责任书签署证书')
    expect(screen.getByText('第 1 个签署的单位')).toBeTruthy()
    expect(backend.calls.find((c) => c.key === 'tasks.signLetter')!.input).toEqual({ versionId: 'v1', departmentId: 'd1' })
  })
})
