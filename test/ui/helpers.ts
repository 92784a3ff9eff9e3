/** Shared bits for the UI tests: a fake backend behind src/lib/cloud.call. */
import Taro from '@tarojs/taro'
import { CloudError } from '../../src/lib/cloud'

export type Handler = (input: any) => unknown

/** The separate consents of someone who gave them all already (privacy.consents); a test of the asking overrides it. */
export const ALL_CONSENTS_GIVEN = [
  { purpose: 'precise_location', title: '使用您的精确位置', text: '随手拍定位、活动现场签到时，会读取手机的精确位置。', withdrawable: true, given: true, givenAt: '2026-01-01T00:00:00Z' },
  { purpose: 'volunteer_identity', title: '提供真实姓名和手机号', text: '注册志愿者需要真实姓名和手机号。', withdrawable: false, given: true, givenAt: '2026-01-01T00:00:00Z' },
]

/**
 * Route call(module, action, input) to handlers keyed "module.action"; unknown → UNKNOWN_ACTION.
 * privacy.consents answers ALL_CONSENTS_GIVEN unless the test says otherwise.
 */
export function fakeBackend(handlers: Record<string, Handler>) {
  const calls: { key: string; input: any }[] = []
  const withDefaults: Record<string, Handler> = { 'privacy.consents': () => ALL_CONSENTS_GIVEN, ...handlers }
  const impl = async (module: string, action: string, input: any = {}) => {
    const key = `${module}.${action}`
    calls.push({ key, input })
    const h = withDefaults[key]
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
