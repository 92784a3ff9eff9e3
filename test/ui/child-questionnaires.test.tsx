import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { fakeBackend, quietTaro } from './helpers'

jest.mock('../../src/lib/cloud', () => {
  const actual = jest.requireActual('../../src/lib/cloud')
  return { ...actual, call: jest.fn() }
})
import { call } from '../../src/lib/cloud'
import { ChildHomeScreen, questionnaireNote } from '../../src/features/household/pages/child-home/index'
import { ListScreen } from '../../src/features/questionnaires/pages/list/index'
import { CreateScreen } from '../../src/features/questionnaires/pages/create/index'
import { CHILDREN_ANONYMOUS, CHILDREN_AUDIENCE } from '../../src/features/questionnaires/hooks/rules'
import { CHILDREN_ANONYMOUS as SERVER_ANONYMOUS, CHILDREN_AUDIENCE as SERVER_AUDIENCE } from '../../server/modules/questionnaires/contracts'
import type { QuestionnaireCard } from '../../server/modules/questionnaires/contracts'
import { enterChildMode, leaveChildMode } from '../../src/lib/child-mode'
import { ROUTES } from '../../src/lib/routes'

const COMMUNITY = '11111111-1111-4111-8111-111111111111'
const BUILDING = '22222222-2222-4222-8222-222222222222'
const COUNTY = '33333333-3333-4333-8333-333333333333'

beforeEach(() => {
  jest.restoreAllMocks()
  Taro.clearStorageSync()
  leaveChildMode()
})

const kidsCard: QuestionnaireCard = {
  id: '44444444-4444-4444-8444-444444444444',
  title: '小手拉大手：我眼中的文明小区',
  intro: '小朋友，说说你的想法吧！',
  audienceType: 'community',
  audienceName: '幸福里社区',
  anonymous: true,
  forChildren: true,
  opensAt: '2026-05-01T00:00:00.000Z',
  closesAt: '2099-05-31T00:00:00.000Z',
  state: 'open',
  questionCount: 3,
  answerCount: 5,
  answered: false,
  inAudience: true,
  manages: false,
}

async function tap(text: string) {
  await act(async () => {
    fireEvent.click(screen.getByText(text))
  })
}

async function typeInto(label: string, value: string) {
  const box = await waitFor(() => {
    const el = document.querySelector(`taro-input-core[aria-label="${label}"]`) as HTMLElement | null
    if (!el) throw new Error(`no field ${label}`)
    return el
  })
  act(() => {
    box.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
}

describe('给小朋友的问卷 on the child\'s home (孩子模式)', () => {
  test('the tile says how many children\'s questionnaires wait for this child, asked as the child, and opens them', async () => {
    const { nav } = quietTaro()
    enterChildMode({ childId: '55555555-5555-4555-8555-555555555555', name: '王小明' })
    const backend = fakeBackend({ 'questionnaires.pending': () => [kidsCard, { ...kidsCard, id: '66666666-6666-4666-8666-666666666666' }].map(({ id, title, closesAt }) => ({ id, title, closesAt })) })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<ChildHomeScreen />)
    expect(await screen.findByText('有2份问卷等你来填')).toBeTruthy()
    expect(backend.calls.map((c) => c.key)).toContain('questionnaires.pending')
    await tap('给小朋友的问卷')
    expect(nav).toHaveBeenCalledWith({ url: ROUTES.questionnaireList })
  })

  test('with none waiting the tile still invites: 说说你的想法', async () => {
    quietTaro()
    enterChildMode({ childId: '55555555-5555-4555-8555-555555555555', name: '王小明' })
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'questionnaires.pending': () => [] }).impl)
    render(<ChildHomeScreen />)
    await waitFor(() => expect((call as jest.Mock).mock.calls.length).toBeGreaterThan(0))
    expect(screen.getByText('说说你的想法')).toBeTruthy()
    expect(questionnaireNote(undefined)).toBe('说说你的想法')
    expect(questionnaireNote(1)).toBe('有1份问卷等你来填')
  })

  test('the list, for a child, is 给小朋友的问卷 with the 小手拉大手 ones', async () => {
    quietTaro()
    enterChildMode({ childId: '55555555-5555-4555-8555-555555555555', name: '王小明' })
    ;(call as jest.Mock).mockImplementation(
      fakeBackend({
        'questionnaires.list': () => ({ forMe: [kidsCard], managed: [], mayCreate: false }),
        'identity.me': () => ({ user: { id: '55555555-5555-4555-8555-555555555555', name: '王小明', isMinor: true } }),
      }).impl,
    )
    render(<ListScreen />)
    expect(await screen.findByText('小手拉大手：我眼中的文明小区')).toBeTruthy()
    expect(screen.getByText('给小朋友的问卷')).toBeTruthy()
    expect(screen.getByText('小手拉大手')).toBeTruthy()
    expect(screen.getByText('去填写 ›')).toBeTruthy()
  })
})

describe('发起问卷: 谁来填', () => {
  test('给孩子们（小手拉大手） leaves out single buildings, is always anonymous, and is sent as forChildren', async () => {
    quietTaro()
    const backend = fakeBackend({
      'questionnaires.audiences': () => [
        { type: 'county', id: COUNTY, name: '全县' },
        { type: 'community', id: COMMUNITY, name: '幸福里社区' },
        { type: 'building', id: BUILDING, name: '幸福里社区 1号楼' },
      ],
      'questionnaires.create': () => ({ questionnaireId: kidsCard.id }),
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<CreateScreen />)
    await screen.findByText('谁来填')
    expect(screen.getByRole('radio', { name: '居民' }).getAttribute('aria-checked')).toBe('true')
    // a building first, then the children: the building goes, and so does the anonymity switch
    await tap('一栋楼')
    await tap('幸福里社区 1号楼')
    expect(screen.getByLabelText('不记名')).toBeTruthy()
    await tap('给孩子们（小手拉大手）')
    expect(screen.getByRole('radio', { name: '给孩子们（小手拉大手）' }).getAttribute('aria-checked')).toBe('true')
    expect(screen.getByText(/只有孩子能看到、能填写/)).toBeTruthy()
    expect(screen.queryByText('一栋楼')).toBeNull()
    expect(screen.queryByText('幸福里社区 1号楼')).toBeNull()
    expect(screen.queryByLabelText('不记名')).toBeNull()
    expect(screen.getByText(/给孩子们的问卷都不记名/)).toBeTruthy()

    await tap('一个社区')
    await tap('幸福里社区')
    await typeInto('问卷标题', '我眼中的文明小区')
    await typeInto('第1题的题目', '你喜欢小区里的哪个地方？')
    await typeInto('第1题的选项1', '小花园')
    await typeInto('第1题的选项2', '篮球场')
    await tap('发布问卷')
    const sent = backend.calls.find((c) => c.key === 'questionnaires.create')?.input
    expect(sent).toMatchObject({ title: '我眼中的文明小区', audienceType: 'community', audienceId: COMMUNITY, anonymous: true, forChildren: true })
  })

  test('the phone\'s words for the children\'s rules are the server\'s', () => {
    expect(CHILDREN_AUDIENCE).toBe(SERVER_AUDIENCE)
    expect(CHILDREN_ANONYMOUS).toBe(SERVER_ANONYMOUS)
  })
})
