/** Shared bits for the UI tests: a fake backend behind src/lib/cloud.call. */
import Taro from '@tarojs/taro'
import { CloudError } from '../../src/lib/cloud'

export type Handler = (input: any) => unknown

/** Route call(module, action, input) to handlers keyed "module.action"; unknown → UNKNOWN_ACTION. */
export function fakeBackend(handlers: Record<string, Handler>) {
  const calls: { key: string; input: any }[] = []
  const impl = async (module: string, action: string, input: any = {}) => {
    const key = `${module}.${action}`
    calls.push({ key, input })
    const h = handlers[key]
    if (!h) throw new CloudError('UNKNOWN_ACTION', `没有这个操作：${key}`)
    return h(input)
  }
  return { impl, calls }
}

/** Navigation and toasts are observed, not performed (no router in jsdom). */
export function quietTaro() {
  const nav = jest.spyOn(Taro, 'navigateTo').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as any)
  jest.spyOn(Taro, 'redirectTo').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as any)
  jest.spyOn(Taro, 'switchTab').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as any)
  jest.spyOn(Taro, 'reLaunch').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as any)
  const toast = jest.spyOn(Taro, 'showToast').mockImplementation(() => Promise.resolve({ errMsg: 'ok' }) as any)
  const modal = jest.spyOn(Taro, 'showModal').mockImplementation(() => Promise.resolve({ confirm: true, cancel: false, errMsg: 'ok' }) as any)
  return { nav, toast, modal }
}
