import { useSyncExternalStore } from 'react'
import { childMode, subscribeChildMode, type ChildMode } from '../lib/child-mode'

/** The child acting on this phone now, or null; pages already open follow a switch at once. */
export function useChildMode(): ChildMode | null {
  return useSyncExternalStore(subscribeChildMode, childMode, childMode)
}
