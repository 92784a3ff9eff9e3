/**
 * Which county a person arrived at: a county's QR or a shared page carries
 * `c=<countyId>`. Kept on the phone and sent with every call; the server uses
 * it only to place a first-time user (a person it knows never moves). When
 * nothing names a county and the deployment has no default, the server asks
 * the app to let the person choose (CountyChooser, on every page).
 */
import Taro from '@tarojs/taro'

export const ARRIVAL_KEY = 'ct.arrivalCounty'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function rememberArrival(query: Record<string, unknown> | undefined): void {
  const c = query?.c
  if (typeof c !== 'string' || !UUID.test(c)) return
  try {
    Taro.setStorageSync(ARRIVAL_KEY, c)
  } catch {
    /* storage unavailable: the chooser will ask */
  }
}

export function arrivalCounty(): string | undefined {
  try {
    const c = Taro.getStorageSync(ARRIVAL_KEY)
    return typeof c === 'string' && UUID.test(c) ? c : undefined
  } catch {
    return undefined
  }
}

// ---------- the chooser's switch ----------

let choosing = false
const listeners = new Set<() => void>()

export const countyChoiceNeeded = () => choosing

export function askForCounty(): void {
  if (choosing) return
  choosing = true
  listeners.forEach((l) => l())
}

export function countyChosen(): void {
  choosing = false
  listeners.forEach((l) => l())
}

export function subscribeCountyChoice(listener: () => void) {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}
