import Taro from '@tarojs/taro'
import { call, CloudError, NETWORK_MESSAGE } from '../../src/lib/cloud'

afterEach(() => jest.restoreAllMocks())

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
