/**
 * 孩子模式: a child acting on a guardian's phone. While it is on, every call
 * names the child (the server checks that the phone's WeChat is the child's
 * guardian, and refuses what children do not do); the bar on every page says
 * whose turn it is, and only a grown-up's answer turns it off. Remembered on
 * the phone, so a restart keeps the child in child mode.
 */
import Taro from '@tarojs/taro'

export const CHILD_MODE_KEY = 'ct.childMode'

export interface ChildMode {
  childId: string
  name: string
}

let current: ChildMode | null | undefined
const listeners = new Set<() => void>()

export function childMode(): ChildMode | null {
  if (current === undefined) {
    try {
      const stored = Taro.getStorageSync(CHILD_MODE_KEY) as ChildMode | ''
      current = stored && typeof stored === 'object' && stored.childId ? stored : null
    } catch {
      current = null
    }
  }
  return current
}

function set(next: ChildMode | null) {
  current = next
  try {
    if (next) Taro.setStorageSync(CHILD_MODE_KEY, next)
    else Taro.removeStorageSync(CHILD_MODE_KEY)
  } catch {
    /* storage unavailable: child mode lasts until the app closes */
  }
  listeners.forEach((l) => l())
}

export const enterChildMode = (child: ChildMode) => set(child)
export const leaveChildMode = () => set(null)

export function subscribeChildMode(listener: () => void) {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

/** A sum a grown-up does in their head and a young child does not: the way out of child mode. */
export function grownUpQuestion(random = Math.random): { text: string; answer: number } {
  const a = 12 + Math.floor(random() * 8)
  const b = 6 + Math.floor(random() * 4)
  return { text: `${a} × ${b} = ?`, answer: a * b }
}
