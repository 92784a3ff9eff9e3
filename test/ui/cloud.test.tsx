import Taro from '@tarojs/taro'
import { call, CloudError, NETWORK_MESSAGE } from '../../src/lib/cloud'

afterEach(() => jest.restoreAllMocks())
// Signed in, as after the sign-in page; the first test of the file below starts signed out.
beforeEach(() => Taro.setStorageSync('ct.signedIn', true))

test('a first visit without a session goes to sign-in without sending a call to be refused', async () => {
  Taro.removeStorageSync('ct.signedIn')
  const req = jest.spyOn(Taro, 'request')
  await expect(call('campaign', 'summary', {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED' })
  expect(req).not.toHaveBeenCalled()
})

test('a session the server no longer knows is forgotten: the next call goes to sign-in at once', async () => {
  const req = jest.spyOn(Taro, 'request').mockResolvedValue({ statusCode: 401, data: { ok: false, error: { code: 'UNAUTHENTICATED', message: '请先登录' } }, header: {} } as any)
  await expect(call('campaign', 'summary', {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED' })
  await expect(call('campaign', 'todo', {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED' })
  expect(req).toHaveBeenCalledTimes(1)
})

test('http mode posts {action,input} to /api/<module> with the cookie and returns data', async () => {
  const req = jest.spyOn(Taro, 'request').mockResolvedValue({ statusCode: 200, data: { ok: true, data: { n: 1 } }, header: {} } as any)
  await expect(call('conventions', 'list', {})).resolves.toEqual({ n: 1 })
  expect(req).toHaveBeenCalledWith(
    expect.objectContaining({
      url: '/api/conventions',
      method: 'POST',
      data: { action: 'list', input: {} },
      credentials: 'include',
    }),
  )
})

test('an error envelope becomes a CloudError with code, Chinese message and details', async () => {
  jest.spyOn(Taro, 'request').mockResolvedValue({
    statusCode: 400,
    data: { ok: false, error: { code: 'VALIDATION', message: '请检查填写的内容', details: [{ field: 'shopName', message: '请填写店铺名称' }] } },
  } as any)
  const err = await call('shops', 'signPledge', {}).catch((e) => e)
  expect(err).toBeInstanceOf(CloudError)
  expect(err).toMatchObject({ code: 'VALIDATION', message: '请检查填写的内容', details: [{ field: 'shopName', message: '请填写店铺名称' }] })
})

test('a network failure is NETWORK with a friendly message', async () => {
  jest.spyOn(Taro, 'request').mockRejectedValue(new Error('request:fail'))
  await expect(call('campaign', 'summary', {})).rejects.toMatchObject({ code: 'NETWORK', message: NETWORK_MESSAGE })
})
