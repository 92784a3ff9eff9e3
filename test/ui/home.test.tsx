import { act, fireEvent, render, screen, within } from '@testing-library/react'
import { fakeBackend, quietTaro } from './helpers'

jest.mock('../../src/lib/cloud', () => {
  const actual = jest.requireActual('../../src/lib/cloud')
  return { ...actual, call: jest.fn() }
})
import { call, CloudError } from '../../src/lib/cloud'
import { HomeScreen, useHome } from '../../src/pages/home/index'
import { familyConsentTodo } from '../../src/lib/api/families'
import { ROUTES } from '../../src/lib/routes'

beforeEach(() => {
  jest.restoreAllMocks()
})

/** 首页 as the tab renders it (lifecycles do not fire in jsdom: it loads on mount). */
function Home() {
  const home = useHome()
  return <HomeScreen home={home} />
}

const summary = () => ({
  countyName: '青禾县',
  campaignName: '青禾县创建全国文明城市',
  startDate: '2025-03-01',
  dayNumber: 272,
  figures: { signers: 12, shopsPledged: 3, householdsBound: 6 },
})
const sign = { kind: 'sign', title: '阅读并签署《青禾县文明公约》', path: '/features/convention/pages/detail/index?id=c1' }
const childs = { actions: ['consent' as const], nominatedAs: '由孩子推荐', childName: '王小明' }

describe('首页 · 现在需要您', () => {
  test('a child\'s nomination waiting for the guardian comes first and opens 确认家庭推荐', async () => {
    const t = quietTaro()
    const backend = fakeBackend({
      'campaign.summary': summary,
      'campaign.todo': () => [sign],
      'families.consentRequests': () => [childs, { actions: ['withdrawConsent'], nominatedAs: '由孩子推荐', childName: '王小明' }],
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<Home />)

    const item = await screen.findByText('王小明推荐了你们家参加文明家庭评选，等您同意')
    const rows = screen.getAllByRole('button').filter((b) => b.className.includes('ct-card--tap') && /等您同意|签署/.test(b.textContent ?? ''))
    expect(rows.map((r) => r.textContent)).toEqual([
      expect.stringContaining('王小明推荐了你们家参加文明家庭评选，等您同意'),
      expect.stringContaining('阅读并签署《青禾县文明公约》'),
    ])
    expect(within(rows[0]).getByText('待同意')).toBeTruthy()
    await act(async () => {
      fireEvent.click(item)
    })
    expect(t.nav).toHaveBeenCalledWith({ url: ROUTES.familyConsents })
  })

  test('without an answer from 文明家庭 the other to-dos still show', async () => {
    quietTaro()
    const backend = fakeBackend({
      'campaign.summary': summary,
      'campaign.todo': () => [sign],
      'families.consentRequests': () => {
        throw new CloudError('INTERNAL', '服务暂时不可用，请稍后重试')
      },
    })
    ;(call as jest.Mock).mockImplementation(backend.impl)
    render(<Home />)
    expect(await screen.findByText('阅读并签署《青禾县文明公约》')).toBeTruthy()
    expect(screen.queryByText(/等您同意/)).toBeNull()
  })
})

test('the consent to-do: a neighbour\'s nomination, several at once, and none once consented', () => {
  expect(familyConsentTodo([{ actions: ['consent'], nominatedAs: '邻居推荐', childName: null }])).toEqual([
    { kind: 'family_consent', title: '邻居推荐了您家参加文明家庭评选，等您同意', path: ROUTES.familyConsents },
  ])
  expect(familyConsentTodo([childs, { actions: ['consent'], nominatedAs: '邻居推荐', childName: null }])[0].title).toBe('有 2 个文明家庭推荐等您同意')
  expect(familyConsentTodo([{ actions: ['withdrawConsent'], nominatedAs: '邻居推荐', childName: null }])).toEqual([])
})
