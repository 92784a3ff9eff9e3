/**
 * The one place that talks to a backend.
 *
 *   call(module, action, input) → data  (or throws CloudError)
 *
 * 'cloud' mode (WeChat):  Taro.cloud.callFunction({ name: module, data: { action, input } })
 * 'http'  mode (H5, or WeChat DevTools against the local server):
 *         POST `${API_BASE}/api/${module}`  body { action, input }  with the session cookie.
 * Both answer the envelope of docs/api.md: { ok: true, data } | { ok: false, error }.
 */
import Taro from '@tarojs/taro'
import { forgetAnswers } from './answer-cache'
import { arrivalCounty } from './arrival'
import { childMode } from './child-mode'
import type { ErrorCode as ServerErrorCode } from '../../server/core/errors'

/** The server's stable codes, and NETWORK when no answer came back. */
export type ErrorCode = ServerErrorCode | 'NETWORK'

export interface FieldError {
  field: string
  message: string
}

export class CloudError extends Error {
  readonly code: ErrorCode | string
  readonly details?: FieldError[]
  constructor(code: ErrorCode | string, message: string, details?: FieldError[]) {
    super(message)
    this.name = 'CloudError'
    this.code = code
    this.details = details
  }
}

export const NETWORK_MESSAGE = '网络不太好，请稍后重试'
const SERVER_MESSAGE = '服务暂时不可用，请稍后重试'

type Envelope<T> =
  | { ok: true; data: T }
  | { ok: false; error: { code: string; message: string; details?: FieldError[] } }

/** 'cloud' | 'http' — a build constant; falls back to 'http' where it is not defined (tests). */
export function apiMode(): 'cloud' | 'http' {
  return typeof API_MODE !== 'undefined' && API_MODE === 'cloud' ? 'cloud' : 'http'
}

/** Origin of the local server in http mode ('' = same origin); photos it stores are served under it. */
export function apiBase(): string {
  return typeof API_BASE !== 'undefined' ? API_BASE : ''
}

const isH5 = process.env.TARO_ENV === 'h5'
const TOKEN_KEY = 'ct.session-token'

/**
 * Outside a browser (weapp in http mode) no one keeps a cookie for us, and the
 * server refuses a cookie that comes without a page's Origin: the mini-program
 * keeps the token the server gives it in that mode and sends it as a bearer.
 */
function authHeader(): Record<string, string> {
  if (isH5) return {}
  try {
    const token = Taro.getStorageSync(TOKEN_KEY)
    return token ? { Authorization: `Bearer ${token}` } : {}
  } catch {
    return {}
  }
}

function rememberToken(token: string | undefined) {
  if (isH5) return
  try {
    if (token) Taro.setStorageSync(TOKEN_KEY, token)
    else Taro.removeStorageSync(TOKEN_KEY)
  } catch {
    /* storage full or unavailable: the next call will simply be unauthenticated */
  }
}

/** The envelope's data, or its error as a CloudError; anything that is not an envelope (a proxy's page, a crash) reads as the service being down. */
function unwrap<T>(body: unknown): T {
  const env = body as Envelope<T> | undefined
  if (!env || typeof env !== 'object' || !('ok' in env)) throw new CloudError('INTERNAL', SERVER_MESSAGE)
  if (env.ok) return env.data
  const e = env.error || { code: 'INTERNAL', message: SERVER_MESSAGE }
  throw new CloudError(e.code, e.message || SERVER_MESSAGE, e.details)
}

interface HttpAnswer {
  statusCode: number
  data: unknown
  header?: Record<string, unknown>
}

async function httpRequest(path: string, method: 'GET' | 'POST', body?: unknown): Promise<HttpAnswer> {
  let res: HttpAnswer
  try {
    res = (await Taro.request({
      url: `${apiBase()}${path}`,
      method,
      data: body as Record<string, unknown> | undefined,
      header: { 'content-type': 'application/json', ...authHeader() },
      credentials: 'include',
      dataType: 'json',
      timeout: 15000,
    })) as unknown as HttpAnswer
  } catch {
    throw new CloudError('NETWORK', NETWORK_MESSAGE)
  }
  // Some proxies hand back text: try to read it as JSON.
  if (typeof res.data === 'string') {
    try {
      res.data = JSON.parse(res.data)
    } catch {
      /* not JSON */
    }
  }
  return res
}

let cloudReady = false
/** Called once from app.ts when running in WeChat with cloud mode on. */
export function initCloud() {
  if (cloudReady || apiMode() !== 'cloud' || isH5) return
  const env = typeof CLOUD_ENV !== 'undefined' && CLOUD_ENV ? CLOUD_ENV : undefined
  Taro.cloud.init(env ? { env, traceUser: true } : { traceUser: true })
  cloudReady = true
}

/**
 * The H5 app remembers that it signed in (the session cookie itself is
 * HttpOnly): a first visit without a session goes straight to sign-in instead
 * of sending every call of the page to be refused.
 */
const SIGNED_IN_KEY = 'ct.signedIn'

/** Kept equal to server/runtime/resolve-actor.ts CHOOSE_COUNTY_FIELD (test/ui/session.test.tsx). */
export const CHOOSE_COUNTY_FIELD = '(county)'

/** The server knows who calls but not their county: a newcomer (in WeChat, or the H5 demo's 新用户), not a signed-out caller. */
export function mustChooseCounty(err: unknown): boolean {
  return err instanceof CloudError && err.code === 'UNAUTHENTICATED' && (err.details?.some((d) => d.field === CHOOSE_COUNTY_FIELD) ?? false)
}

function rememberSignedIn(on: boolean) {
  // a new person, or nobody: the answers the tab pages kept were someone else's
  forgetAnswers()
  try {
    if (on) Taro.setStorageSync(SIGNED_IN_KEY, true)
    else Taro.removeStorageSync(SIGNED_IN_KEY)
  } catch {
    /* storage unavailable: calls simply go to the server, which says who it knows */
  }
}

function knownSignedOut(): boolean {
  if (!isH5 || apiMode() !== 'http') return false
  try {
    return !Taro.getStorageSync(SIGNED_IN_KEY)
  } catch {
    return false
  }
}

export async function call<T>(module: string, action: string, input: object = {}): Promise<T> {
  if (knownSignedOut()) throw new CloudError('UNAUTHENTICATED', '请先选择身份登录')
  // In child mode the call names the child; the server decides whether the phone's owner may let them act.
  const child = childMode()
  const county = arrivalCounty()
  const event = { action, input, ...(child ? { asChild: child.childId } : {}), ...(county ? { county } : {}) }
  if (apiMode() === 'cloud' && !isH5) {
    initCloud()
    let res: { result?: unknown }
    try {
      res = (await Taro.cloud.callFunction({ name: module, data: event })) as { result?: unknown }
    } catch {
      throw new CloudError('NETWORK', NETWORK_MESSAGE)
    }
    return unwrap<T>(res.result)
  }
  const res = await httpRequest(`/api/${module}`, 'POST', event)
  try {
    return unwrap<T>(res.data)
  } catch (error) {
    // The session ran out or was signed out elsewhere: the next page goes straight to sign-in.
    if (error instanceof CloudError && error.code === 'UNAUTHENTICATED' && !mustChooseCounty(error)) rememberSignedIn(false)
    throw error
  }
}

// ---------- demo endpoints of the local server (http mode only) ----------

/** GET /api/_demo/people: who one may sign in as on the local server. */
export interface DemoPerson {
  key: string
  name: string
  roleLabel: string
  description: string
}

function demoOnly() {
  if (apiMode() !== 'http') throw new CloudError('FORBIDDEN', '微信里会自动识别您的身份，不需要选择')
}

export async function demoPeople(): Promise<DemoPerson[]> {
  demoOnly()
  const res = await httpRequest('/api/_demo/people', 'GET')
  const body = res.data as { people?: DemoPerson[] } | Envelope<{ people: DemoPerson[] }>
  if (body && typeof body === 'object' && 'people' in body && Array.isArray(body.people)) return body.people
  return unwrap<{ people: DemoPerson[] }>(body).people
}

export async function demoSignIn(key: string): Promise<{ name: string }> {
  demoOnly()
  const res = await httpRequest('/api/_demo/sign-in', 'POST', { key })
  const answer = unwrap<{ name: string; token?: string }>(res.data)
  rememberSignedIn(true)
  if (!isH5) {
    if (!answer.token) throw new CloudError('FORBIDDEN', '这台服务没有开启小程序登录，请用 LOCAL_MINIPROGRAM_TOKENS=1 启动')
    rememberToken(answer.token)
  }
  return { name: answer.name }
}

export async function demoSignOut(): Promise<void> {
  demoOnly()
  const res = await httpRequest('/api/_demo/sign-out', 'POST', {})
  rememberToken(undefined)
  rememberSignedIn(false)
  const body = res.data as Envelope<unknown> | undefined
  if (body && typeof body === 'object' && 'ok' in body && !body.ok) unwrap(body)
}
