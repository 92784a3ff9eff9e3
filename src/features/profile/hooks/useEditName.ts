import { useState } from 'react'
import Taro from '@tarojs/taro'
import { useAction } from '../../../hooks/useAction'
import { errorMessage, toastOk } from '../../../lib/feedback'
import { ROUTES, go } from '../../../lib/routes'
import { uploadPhoto } from '../../../lib/files'
import { announceSessionChanged } from '../../../lib/session'
import { updateProfile } from '../api/updateProfile'

/**
 * The server's rule for the name (identity.updateProfile: trimmed, 2 to 20
 * characters), checked here before sending. A copy, not an import of
 * server/modules/identity/contracts: the Taro build compiles only src/, and
 * zod would add ~56 KB to this subpackage for two bounds. test/ui/profile
 * holds the copy to the server's schema.
 */
export const NAME_MIN = 2
export const NAME_MAX = 20

/** The rule's verdict in our words, or undefined when the name will do. */
export function nameError(name: string): string | undefined {
  const n = name.trim()
  if (n.length < NAME_MIN) return `名字至少 ${NAME_MIN} 个字`
  if (n.length > NAME_MAX) return `名字不能超过 ${NAME_MAX} 个字`
  return undefined
}

/** A first-time WeChat user is called "微信用户xxxx" until they give a name: that is no name to edit. */
export function startingName(current: string): string {
  return current.startsWith('微信用户') ? '' : current
}

export function useEditName(initial: string, initialAvatar: string | null = null) {
  const [name, setName] = useState(initial)
  const [error, setError] = useState<string | undefined>(undefined)
  // The avatar as chosen with WeChat's avatar button (or a photo in H5), uploaded like any photo.
  const [avatarRef, setAvatarRef] = useState<string | null>(initialAvatar)
  const [avatarBusy, setAvatarBusy] = useState(false)
  const [avatarError, setAvatarError] = useState('')
  const pickAvatar = async (path: string) => {
    if (!path || avatarBusy) return
    setAvatarBusy(true)
    setAvatarError('')
    try {
      setAvatarRef(await uploadPhoto({ path }))
    } catch (e) {
      setAvatarError(errorMessage(e))
    } finally {
      setAvatarBusy(false)
    }
  }
  const save = useAction(async () => {
    const problem = nameError(name)
    setError(problem)
    if (problem || avatarBusy) return undefined
    const res = await updateProfile(avatarRef === initialAvatar ? { name: name.trim() } : { name: name.trim(), avatarRef })
    toastOk('已保存')
    announceSessionChanged()
    // Back to where the person came from; opened by its address (no page before it), to 我的.
    const pages = Taro.getCurrentPages?.() ?? []
    if (pages.length > 1) await Taro.navigateBack().catch(() => undefined)
    else await go(ROUTES.mine)
    return res
  })
  return {
    name,
    setName,
    error: error ?? save.fieldErrors.name,
    save: save.run,
    saving: save.busy,
    avatarRef,
    setAvatarRef,
    pickAvatar,
    avatarBusy,
    avatarError: avatarError || save.fieldErrors.avatarRef || '',
  }
}
