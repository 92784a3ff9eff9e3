import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { fakeBackend, quietTaro } from './helpers'

jest.mock('../../src/lib/cloud', () => {
  const actual = jest.requireActual('../../src/lib/cloud')
  return { ...actual, call: jest.fn() }
})
import { call, CloudError } from '../../src/lib/cloud'
import { PublishScreen } from '../../src/features/admin/pages/publish/index'
import { formFieldErrors } from '../../src/features/admin/hooks/usePublish'

beforeEach(() => {
  jest.restoreAllMocks()
})

const C = '0b6f0c1e-3c1e-4a53-9d0e-1f2a3b4c5d6e'

/** The server's side of one convention: its current version moves on when someone publishes. */
function county(start = 2) {
  let version = start
  const articlesOf = (v: number) => [`第${v}版第一条`, `第${v}版第二条`]
  const option = () => ({
    id: C,
    kind: 'civic',
    title: '青禾县市民文明公约',
    scopeName: '青禾县',
    currentVersion: { id: `v${version}`, version, publishedAt: '2025-11-20T02:00:00.000Z' },
    signerCount: 5,
  })
  const text = () => ({
    id: C,
    kind: 'civic',
    title: '青禾县市民文明公约',
    scopeName: '青禾县',
    version: { id: `v${version}`, version, title: '青禾县市民文明公约', preamble: '序言', articles: articlesOf(version), publishedAt: '2025-11-20T02:00:00.000Z' },
    signerCount: 5,
    canSign: true,
    myPledge: null,
    previousPledge: null,
  })
  return {
    someoneElsePublishes: () => {
      version += 1
    },
    handlers: {
      'conventions.publishable': () => [option()],
      'conventions.get': () => text(),
      'conventions.publishVersion': (input: { baseVersion: number }) => {
        if (input.baseVersion !== version) {
          throw new CloudError('CONFLICT', `刚刚有人发布了第 ${version} 版，请在新版本的基础上修改后再发布`)
        }
        version += 1
        return { versionId: `v${version}`, version }
      },
    } as Record<string, (input: any) => unknown>,
  }
}

/** The form's textareas are the preamble, then the articles. */
function articlesBox(): HTMLElement & { value?: string } {
  const boxes = document.querySelectorAll('taro-textarea-core')
  return boxes[boxes.length - 1] as HTMLElement
}

/** The articles box holds this text (and has drawn its inner <textarea>, so it can take typing and new values). */
async function articlesShow(text: string) {
  await waitFor(() => {
    expect(articlesBox()?.value).toBe(text)
    expect(articlesBox().querySelector('textarea')).toBeTruthy()
  })
}

/** Taro's textarea is a web component here: it reports typing as an input event carrying detail.value. */
async function typeArticles(value: string) {
  const box = articlesBox()
  act(() => {
    box.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
}

async function tapPublish() {
  await act(async () => {
    fireEvent.click(screen.getByText('发布新版本'))
  })
}

test('publishing sends the version the editor started from', async () => {
  quietTaro()
  const server = county(2)
  const backend = fakeBackend(server.handlers)
  ;(call as jest.Mock).mockImplementation(backend.impl)
  render(<PublishScreen />)
  const option = await screen.findByText('青禾县市民文明公约')
  await act(async () => {
    fireEvent.click(option)
  })
  await articlesShow('第2版第一条\n第2版第二条')
  await tapPublish()
  expect(await screen.findByText('第 3 版已经生效')).toBeTruthy()
  expect(backend.calls.find((c) => c.key === 'conventions.publishVersion')?.input).toEqual({
    conventionId: C,
    baseVersion: 2,
    title: '青禾县市民文明公约',
    preamble: '序言',
    articles: ['第2版第一条', '第2版第二条'],
  })
})

test('opened with ?conventionId=, the form starts from that convention\'s text without a tap', async () => {
  quietTaro()
  const backend = fakeBackend(county(4).handlers)
  ;(call as jest.Mock).mockImplementation(backend.impl)
  const first = render(<PublishScreen presetId={C} />)
  await articlesShow('第4版第一条\n第4版第二条')
  expect(backend.calls.find((c) => c.key === 'conventions.get')?.input).toEqual({ conventionId: C })
  // merely opening it leaves no draft behind
  first.unmount()
  render(<PublishScreen presetId={C} />)
  await articlesShow('第4版第一条\n第4版第二条')
  expect(screen.queryByText('这是您上次没发布的修改，可以接着改。')).toBeNull()
})

test('when someone published meanwhile, the editor reads why and the form starts again from the new current text', async () => {
  quietTaro()
  const server = county(2)
  const backend = fakeBackend(server.handlers)
  ;(call as jest.Mock).mockImplementation(backend.impl)
  render(<PublishScreen presetId={C} />)
  await articlesShow('第2版第一条\n第2版第二条')
  server.someoneElsePublishes()
  await tapPublish()
  expect(await screen.findByText('刚刚有人发布了第 3 版，请在新版本的基础上修改后再发布')).toBeTruthy()
  await articlesShow('第3版第一条\n第3版第二条')
  expect(screen.getByText('现行第 3 版 · 5 人签署')).toBeTruthy() // the options reloaded too
  await tapPublish()
  expect(await screen.findByText('第 4 版已经生效')).toBeTruthy()
  const sent = backend.calls.filter((c) => c.key === 'conventions.publishVersion').map((c) => c.input.baseVersion)
  expect(sent).toEqual([2, 3])
})

test('what the editor typed survives leaving the page, and is gone once published', async () => {
  quietTaro()
  const backend = fakeBackend(county(2).handlers)
  ;(call as jest.Mock).mockImplementation(backend.impl)
  const first = render(<PublishScreen presetId={C} />)
  await articlesShow('第2版第一条\n第2版第二条')
  await typeArticles('新的第一条\n新的第二条\n新的第三条')
  first.unmount()

  const second = render(<PublishScreen presetId={C} />)
  await articlesShow('新的第一条\n新的第二条\n新的第三条')
  expect(screen.getByText('这是您上次没发布的修改，可以接着改。')).toBeTruthy()
  await tapPublish()
  expect(await screen.findByText('第 3 版已经生效')).toBeTruthy()
  expect(backend.calls.filter((c) => c.key === 'conventions.publishVersion').map((c) => c.input.articles)).toEqual([
    ['新的第一条', '新的第二条', '新的第三条'],
  ])
  second.unmount()

  render(<PublishScreen presetId={C} />)
  await articlesShow('第3版第一条\n第3版第二条')
  expect(screen.queryByText('这是您上次没发布的修改，可以接着改。')).toBeNull()
})

test("a server error about one article (articles.3) shows under the articles box, naming the article", async () => {
  quietTaro()
  const server = county(2)
  server.handlers['conventions.publishVersion'] = () => {
    throw new CloudError('VALIDATION', '填写的内容有误：不能超过200个字', [{ field: 'articles.3', message: '不能超过200个字' }])
  }
  const backend = fakeBackend(server.handlers)
  ;(call as jest.Mock).mockImplementation(backend.impl)
  render(<PublishScreen presetId={C} />)
  await articlesShow('第2版第一条\n第2版第二条')
  await tapPublish()
  expect(await screen.findByText('第 4 条不能超过200个字')).toBeTruthy()
})

test('field errors: any articles.N goes to the articles box; other fields keep their name', () => {
  expect(
    formFieldErrors([
      { field: 'articles.0', message: '这一项必须填写' },
      { field: 'articles.12', message: '不能超过200个字' },
      { field: 'title', message: '不能超过60个字' },
    ]),
  ).toEqual({ articles: '第 1 条这一项必须填写', title: '不能超过60个字' })
  expect(formFieldErrors(undefined)).toEqual({})
})
