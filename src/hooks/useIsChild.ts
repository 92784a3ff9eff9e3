import { useChildMode } from './useChildMode'
import { useRemote } from './useRemote'
import { getMe } from '../lib/api/identity'

/**
 * Whether a child is the one using this page: child mode on a guardian's
 * phone, or a minor on their own WeChat. Undefined while it is not known yet.
 */
export function useIsChild(): boolean | undefined {
  const child = useChildMode()
  const me = useRemote(() => getMe().catch(() => undefined))
  if (child) return true
  if (me.status === 'loading' && me.data === undefined) return undefined
  return me.data?.user?.isMinor ?? false
}
