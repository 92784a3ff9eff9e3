import { useState } from 'react'
import Taro from '@tarojs/taro'
import { useAction } from '../../../hooks/useAction'
import { toastOk } from '../../../lib/feedback'
import { announceSessionChanged } from '../../../lib/session'
import { updateProfile } from '../api/updateProfile'

/** Same bounds as the server's schema: 2 to 20 characters. */
export function nameError(name: string): string | undefined {
  const n = name.trim()
  if (n.length < 2) return '名字至少 2 个字'
  if (n.length > 20) return '名字不能超过 20 个字'
  return undefined
}

export function useEditName(initial: string) {
  const [name, setName] = useState(initial)
  const [error, setError] = useState<string | undefined>(undefined)
  const save = useAction(async () => {
    const problem = nameError(name)
    setError(problem)
    if (problem) return undefined
    const res = await updateProfile({ name: name.trim() })
    toastOk('已保存')
    announceSessionChanged()
    await Taro.navigateBack().catch(() => undefined)
    return res
  })
  return { name, setName, error: error ?? save.fieldErrors.name, save: save.run, saving: save.busy }
}
