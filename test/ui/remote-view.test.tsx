import { act, fireEvent, render, screen } from '@testing-library/react'
import { CloudError } from '../../src/lib/cloud'
import RemoteView from '../../src/components/RemoteView'
import { useRemote } from '../../src/hooks/useRemote'

function Harness({ load }: { load: () => Promise<string[]> }) {
  const remote = useRemote(load)
  return (
    <RemoteView remote={remote} empty={{ title: '还没有内容', hint: '去首页看看吧' }}>
      {(items) => (
        <>
          {items.map((i) => (
            <span key={i}>{i}</span>
          ))}
        </>
      )}
    </RemoteView>
  )
}

test('an error state shows the Chinese message and a retry that reloads', async () => {
  const load = jest
    .fn<Promise<string[]>, []>()
    .mockRejectedValueOnce(new CloudError('NETWORK', '网络不太好，请稍后重试'))
    .mockResolvedValueOnce(['第一条'])
  render(<Harness load={load} />)
  expect(screen.getByText('正在加载…')).toBeTruthy()
  expect(await screen.findByText('网络不太好，请稍后重试')).toBeTruthy()
  await act(async () => {
    fireEvent.click(screen.getByText('重试'))
  })
  expect(await screen.findByText('第一条')).toBeTruthy()
  expect(load).toHaveBeenCalledTimes(2)
})

test('an empty list says what to do next', async () => {
  render(<Harness load={() => Promise.resolve([])} />)
  expect(await screen.findByText('还没有内容')).toBeTruthy()
  expect(screen.getByText('去首页看看吧')).toBeTruthy()
})

test.each([
  ['FORBIDDEN', '孩子模式下不能做这件事，请家长先退出孩子模式'],
  ['NOT_FOUND', '没有找到这个问题'],
])('a %s answer says why, with no 重试 that could never succeed', async (code, message) => {
  render(<Harness load={() => Promise.reject(new CloudError(code, message))} />)
  expect(await screen.findByText(message)).toBeTruthy()
  expect(screen.getByText('这里打不开')).toBeTruthy()
  expect(screen.queryByText('重试')).toBeNull()
})
