import Taro from '@tarojs/taro'
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { fakeBackend, quietTaro } from './helpers'

jest.mock('../../src/lib/cloud', () => {
  const actual = jest.requireActual('../../src/lib/cloud')
  return { ...actual, call: jest.fn() }
})
import { call, CloudError } from '../../src/lib/cloud'
import { AnswerScreen } from '../../src/features/questionnaires/pages/answer/index'
import { ResultsScreen } from '../../src/features/questionnaires/pages/results/index'
import { CreateScreen } from '../../src/features/questionnaires/pages/create/index'
import { answerDraftKey } from '../../src/features/questionnaires/hooks/useAnswerForm'
import { CREATE_DRAFT_KEY, emptyQuestionnaire, toInput, validateQuestionnaire } from '../../src/features/questionnaires/hooks/useCreateForm'
import { KIND_LABELS, LIMITS, RATING_WORDS } from '../../src/features/questionnaires/hooks/rules'
import { KIND_LABELS as SERVER_KINDS, QUESTIONNAIRE_LIMITS, RATING_WORDS as SERVER_WORDS } from '../../server/modules/questionnaires/contracts'
import type { QuestionnaireView } from '../../server/modules/questionnaires/contracts'

beforeEach(() => {
  jest.restoreAllMocks()
})

const Q = '44444444-4444-4444-8444-444444444444'

function survey(overrides: Partial<QuestionnaireView> = {}): QuestionnaireView {
  return {
    id: Q,
    title: '创建文明城市群众满意度调查',
    intro: '问卷不记名，大约需要3分钟。',
    audienceType: 'county',
    audienceName: '全县',
    anonymous: true,
    forChildren: false,
    opensAt: '2026-05-01T00:00:00.000Z',
    closesAt: '2099-05-31T00:00:00.000Z',
    state: 'open',
    questionCount: 4,
    answerCount: 12,
    answered: false,
    inAudience: true,
    manages: false,
    questions: [
      { id: 'q1', kind: 'single', title: '您知道我县正在创建全国文明城市吗？', options: ['非常了解', '知道一些', '不知道'], required: true },
      { id: 'q2', kind: 'rating', title: '您对城区市容环境卫生满意吗？', options: [], required: true },
      { id: 'q3', kind: 'multiple', title: '您觉得身边最需要改进的是哪些方面？', options: ['乱停乱放', '占道经营', '小广告乱张贴'], required: true },
      { id: 'q4', kind: 'text', title: '您还有哪些意见和建议？', options: [], required: false },
    ],
    ...overrides,
  }
}

function savedDraft(): Record<string, any> | undefined {
  const v = Taro.getStorageSync(`ct.draft.${answerDraftKey(Q)}`)
  return v && typeof v === 'object' ? v : undefined
}

async function tapRole(role: 'radio' | 'checkbox', name: string | RegExp) {
  await act(async () => {
    fireEvent.click(screen.getByRole(role, { name }))
  })
}

async function tap(text: string) {
  await act(async () => {
    fireEvent.click(screen.getByText(text))
  })
}

async function typeInto(label: string, value: string, tag: 'taro-input-core' | 'taro-textarea-core') {
  const box = await waitFor(() => {
    const el = document.querySelector(`${tag}[aria-label="${label}"]`) as HTMLElement | null
    if (!el) throw new Error(`no field ${label}`)
    return el
  })
  act(() => {
    box.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
}

describe('填写问卷', () => {
  test('the half-filled answer stays on the phone: closing and reopening the page brings it back, and it goes once submitted', async () => {
    const t = quietTaro()
    const backend = fakeBackend({ 'questionnaires.detail': () => survey(), 'questionnaires.submit': () => ({ answerCount: 13 }) })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    const first = render(<AnswerScreen id={Q} />)
    await screen.findByText('您知道我县正在创建全国文明城市吗？')
    expect(screen.getByText('已答 0 / 4 题')).toBeTruthy()
    await tapRole('radio', '知道一些')
    await tapRole('radio', /4分，满意/)
    await tapRole('checkbox', '小广告乱张贴')
    await tapRole('checkbox', '乱停乱放')
    expect(screen.getByText('已答 3 / 4 题')).toBeTruthy()
    expect(savedDraft()).toEqual({ answers: { q1: 1, q2: 4, q3: [0, 2] } })
    first.unmount()

    // opened again (the app was closed): the answers are back where they were
    render(<AnswerScreen id={Q} />)
    await screen.findByText('您知道我县正在创建全国文明城市吗？')
    expect(screen.getByRole('radio', { name: '知道一些' }).getAttribute('aria-checked')).toBe('true')
    expect(screen.getByRole('radio', { name: /4分，满意/ }).getAttribute('aria-checked')).toBe('true')
    expect(screen.getByRole('checkbox', { name: '乱停乱放' }).getAttribute('aria-checked')).toBe('true')
    expect(screen.getByRole('checkbox', { name: '占道经营' }).getAttribute('aria-checked')).toBe('false')
    expect(screen.getByText('已答 3 / 4 题')).toBeTruthy()
    await typeInto('第4题：您还有哪些意见和建议？', '  希望多建几个停车场  ', 'taro-textarea-core')
    expect(savedDraft()?.answers.q4).toBe('  希望多建几个停车场  ')

    await tap('提交问卷')
    expect(backend.calls.filter((c) => c.key === 'questionnaires.submit').map((c) => c.input)).toEqual([
      { questionnaireId: Q, answers: { q1: 1, q2: 4, q3: [0, 2], q4: '希望多建几个停车场' } },
    ])
    expect(await screen.findByText('提交成功，感谢您的参与！')).toBeTruthy()
    expect(screen.getByText('这份问卷不记名，您的回答只用于汇总统计。', { exact: false })).toBeTruthy()
    expect(t.toast).toHaveBeenCalledWith(expect.objectContaining({ title: '提交成功' }))
    expect(savedDraft()).toBeUndefined()
  })

  test('a 小手拉大手 questionnaire speaks to the child as 你, down to the thanks', async () => {
    quietTaro()
    const kids = survey({
      forChildren: true,
      title: '小手拉大手：我眼中的文明小区',
      questions: [
        { id: 'q1', kind: 'single', title: '你家楼下干净吗？', options: ['干净', '有点乱'], required: true },
        { id: 'q2', kind: 'text', title: '你想对大人们说什么？', options: [], required: true },
      ],
    })
    const backend = fakeBackend({ 'questionnaires.detail': () => kids, 'questionnaires.submit': () => ({ answerCount: 6 }) })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<AnswerScreen id={Q} />)
    await screen.findByText('你家楼下干净吗？')
    expect(document.querySelector('taro-textarea-core')?.getAttribute('placeholder')).toBe('写下你的想法')
    await tapRole('radio', '干净')
    await typeInto('第2题：你想对大人们说什么？', '不要乱扔垃圾', 'taro-textarea-core')
    await tap('提交问卷')
    expect(await screen.findByText('交上去啦，谢谢你！')).toBeTruthy()
    expect(document.body.textContent).not.toContain('您')
  })

  test('a required question left open is marked, nothing is sent, and the draft keeps what was answered', async () => {
    quietTaro()
    const backend = fakeBackend({ 'questionnaires.detail': () => survey() })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<AnswerScreen id={Q} />)
    await screen.findByText('您知道我县正在创建全国文明城市吗？')
    await tapRole('radio', '非常了解')
    await tap('提交问卷')
    expect(screen.getByText('第2题必须回答')).toBeTruthy()
    expect(screen.getByText('第3题必须回答')).toBeTruthy()
    expect(screen.queryByText('第4题必须回答')).toBeNull()
    expect(screen.getByText('还有 2 道题没答好，请看上面标红的地方。')).toBeTruthy()
    expect(backend.calls.some((c) => c.key === 'questionnaires.submit')).toBe(false)
    expect(savedDraft()).toEqual({ answers: { q1: 0 } })
    // answering it takes the mark away
    await tapRole('radio', /1分，很不满意/)
    expect(screen.queryByText('第2题必须回答')).toBeNull()
  })

  test('answered already (another phone): the server says so and the page thanks instead of keeping a draft', async () => {
    quietTaro()
    Taro.setStorageSync(`ct.draft.${answerDraftKey(Q)}`, { answers: { q1: 2, q2: 5, q3: [1] } })
    const backend = fakeBackend({
      'questionnaires.detail': () => survey(),
      'questionnaires.submit': () => {
        throw new CloudError('CONFLICT', '您已经提交过了，感谢参与')
      },
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<AnswerScreen id={Q} />)
    await screen.findByText('已答 3 / 4 题')
    await tap('提交问卷')
    expect(await screen.findByText('您已经填过这份问卷了')).toBeTruthy()
    expect(savedDraft()).toBeUndefined()
  })

  test('opened when answered or closed: thanks, or the questions to read without a submit button', async () => {
    quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'questionnaires.detail': () => survey({ answered: true }) }).impl)
    const answered = render(<AnswerScreen id={Q} />)
    expect(await screen.findByText('您已经填过这份问卷了')).toBeTruthy()
    answered.unmount()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'questionnaires.detail': () => survey({ state: 'closed' }) }).impl)
    render(<AnswerScreen id={Q} />)
    expect(await screen.findByText('这份问卷已经截止了，感谢您的关注。')).toBeTruthy()
    expect(screen.queryByText('提交问卷')).toBeNull()
  })
  test('not for this person: the page says whom it is for and offers the others, not a retry', async () => {
    quietTaro()
    ;(call as jest.Mock).mockImplementation(
      fakeBackend({
        'questionnaires.detail': () => {
          throw new CloudError('FORBIDDEN', '这份问卷只请这个社区的居民填写')
        },
      }).impl,
    )
    render(<AnswerScreen id={Q} />)
    expect(await screen.findByText('这份问卷不用您填写')).toBeTruthy()
    expect(screen.getByText('这份问卷只请这个社区的居民填写')).toBeTruthy()
    expect(screen.getByText('看看其他问卷')).toBeTruthy()
    expect(screen.queryByText('重试')).toBeNull()
  })
})

describe('问卷结果', () => {
  test('a bar per option with its count and share, the rating\'s average, the written answers', async () => {
    quietTaro()
    const card = { ...survey(), manages: true }
    ;(call as jest.Mock).mockImplementation(
      fakeBackend({
        'questionnaires.results': () => ({
          questionnaire: card,
          answerCount: 5,
          questions: [
            { id: 'q1', kind: 'single', title: '您知道我县正在创建全国文明城市吗？', required: true, answered: 5, options: [{ text: '非常了解', count: 3 }, { text: '知道一些', count: 2 }, { text: '不知道', count: 0 }], rating: null },
            { id: 'q2', kind: 'rating', title: '您对城区市容环境卫生满意吗？', required: true, answered: 5, options: [], rating: { counts: [0, 0, 1, 2, 2], average: 4.2 } },
            { id: 'q4', kind: 'text', title: '您还有哪些意见和建议？', required: false, answered: 1, options: [], rating: null },
          ],
        }),
        'questionnaires.textAnswers': () => ({ items: [{ text: '希望多建几个停车场', day: '2026-05-02', name: null }], next: null }),
      }).impl,
    )
    render(<ResultsScreen id={Q} />)
    expect(await screen.findByRole('img', { name: '非常了解：3人，占60%' })).toBeTruthy()
    expect(screen.getByRole('img', { name: '不知道：0人，占0%' })).toBeTruthy()
    expect(screen.getByText('4.2')).toBeTruthy()
    expect(screen.getByRole('img', { name: '5分 很满意：2人，占40%' })).toBeTruthy()
    expect(await screen.findByText('希望多建几个停车场')).toBeTruthy()
    const fill = screen.getByRole('img', { name: '非常了解：3人，占60%' }).querySelector('.qn-bar__fill') as HTMLElement
    expect(fill.style.width).toBe('60%')
  })

  test('answers not counted yet (an anonymous questionnaire counts them in batches) are said, not hidden', async () => {
    quietTaro()
    const card = { ...survey(), manages: true }
    const results = (waiting: number) => ({
      questionnaire: card,
      answerCount: 10,
      waiting,
      questions: [{ id: 'q1', kind: 'single', title: '您知道我县正在创建全国文明城市吗？', required: true, answered: 10, options: [{ text: '非常了解', count: 10 }, { text: '不知道', count: 0 }], rating: null }],
    })
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'questionnaires.results': () => results(3) }).impl)
    const { unmount } = render(<ResultsScreen id={Q} />)
    expect(await screen.findByText('还有 3 份答卷稍后计入')).toBeTruthy()
    unmount()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'questionnaires.results': () => results(0) }).impl)
    render(<ResultsScreen id={Q} />)
    expect(await screen.findByRole('img', { name: '非常了解：10人，占100%' })).toBeTruthy()
    expect(screen.queryByText(/稍后计入/)).toBeNull()
  })

  test('answers volunteers entered for passers-by (代填) are counted apart from self-answered ones', async () => {
    quietTaro()
    const card = { ...survey(), manages: true }
    const results = {
      questionnaire: card,
      answerCount: 10,
      selfCount: 6,
      proxyCount: 4,
      waiting: 0,
      questions: [{ id: 'q1', kind: 'single', title: '您知道我县正在创建全国文明城市吗？', required: true, answered: 10, options: [{ text: '非常了解', count: 10 }, { text: '不知道', count: 0 }], rating: null }],
    }
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'questionnaires.results': () => results }).impl)
    render(<ResultsScreen id={Q} />)
    expect(await screen.findByText('其中居民自己填 6 份，志愿者代填 4 份')).toBeTruthy()
  })
})

describe('发起问卷', () => {
  test('the form names what is missing as the server does, and sends the questions in their order', () => {
    const now = Date.parse('2026-05-01T02:00:00Z')
    const d = emptyQuestionnaire(now)
    expect(d.opens).toEqual({ date: '2026-05-01', time: '10:00' })
    expect(d.closes).toEqual({ date: '2026-05-15', time: '18:00' })
    expect(validateQuestionnaire(d, now)).toEqual({
      title: '请写上问卷的标题',
      'questions.0.title': '请写上题目',
      'questions.0.options.0': '请写上选项，或者删掉它',
      'questions.0.options.1': '请写上选项，或者删掉它',
      audienceId: '请选择发给谁',
    })
    const filled = {
      ...d,
      title: ' 小区环境调查 ',
      audience: 'building:55555555-5555-4555-8555-555555555555',
      questions: [
        { key: 'a', kind: 'rating' as const, title: '给物业打个分', options: [], required: true },
        { key: 'b', kind: 'multiple' as const, title: '最需要整治的？', options: ['楼道堆物', ' 乱停车 '], required: false },
      ],
    }
    expect(validateQuestionnaire(filled, now)).toEqual({})
    expect(toInput(filled)).toEqual({
      title: '小区环境调查',
      intro: '',
      questions: [
        { kind: 'rating', title: '给物业打个分', options: [], required: true },
        { kind: 'multiple', title: '最需要整治的？', options: ['楼道堆物', '乱停车'], required: false },
      ],
      audienceType: 'building',
      audienceId: '55555555-5555-4555-8555-555555555555',
      anonymous: true,
      forChildren: false,
      opensAt: '2026-05-01T10:00:00+08:00',
      closesAt: '2026-05-15T18:00:00+08:00',
    })
    expect(validateQuestionnaire({ ...filled, closes: { date: '2026-05-01', time: '09:00' } }, now).closesAt).toBe('截止时间要晚于开始时间')
    expect(validateQuestionnaire({ ...filled, questions: [{ ...filled.questions[1], options: ['乱停车', '乱停车'] }] }, now)['questions.0.options.1']).toBe('这个选项和前面的重复了')
  })

  test('questions are added, moved and removed; the half-written questionnaire is kept on the phone', async () => {
    quietTaro()
    ;(call as jest.Mock).mockImplementation(fakeBackend({ 'questionnaires.audiences': () => [{ type: 'community', id: Q, name: '幸福里社区' }] }).impl)
    const page = render(<CreateScreen />)
    await typeInto('第1题的题目', '您对小区卫生满意吗？', 'taro-input-core')
    await tap('＋ 添加一道题')
    await typeInto('第2题的题目', '还有什么建议？', 'taro-input-core')
    const second = screen.getByText('第 2 题').closest('.qn-editor') as HTMLElement
    await act(async () => {
      fireEvent.click(within(second).getByRole('radio', { name: KIND_LABELS.text }))
    })
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '第2题上移' }))
    })
    const saved = () => Taro.getStorageSync(`ct.draft.${CREATE_DRAFT_KEY}`) as any
    expect(saved().questions.map((q: any) => [q.title, q.kind, q.options])).toEqual([
      ['还有什么建议？', 'text', []],
      ['您对小区卫生满意吗？', 'single', ['', '']],
    ])
    page.unmount()
    render(<CreateScreen />)
    await screen.findByText('第 2 题')
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: '删除第1题' }))
    })
    expect(saved().questions.map((q: any) => q.title)).toEqual(['您对小区卫生满意吗？'])
  })
})

test('the phone\'s copy of the rules matches the server\'s', () => {
  expect(LIMITS).toEqual(QUESTIONNAIRE_LIMITS)
  expect(RATING_WORDS).toEqual(SERVER_WORDS)
  expect(KIND_LABELS).toEqual(SERVER_KINDS)
})
