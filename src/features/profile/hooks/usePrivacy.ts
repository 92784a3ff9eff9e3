/**
 * 个人信息与账号: read and save what the county holds about me, see and withdraw
 * the separate consents I gave, and delete the account (typed 注销; then the phone forgets the session and starts afresh).
 */
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { useAction } from '../../../hooks/useAction'
import { useRemote } from '../../../hooks/useRemote'
import { forgetAnswers } from '../../../lib/answer-cache'
import { apiMode, demoSignOut } from '../../../lib/cloud'
import { leaveChildMode } from '../../../lib/child-mode'
import { toastOk } from '../../../lib/feedback'
import { ROUTES } from '../../../lib/routes'
import { saveFile } from '../../../lib/save-file'
import { announceSessionChanged } from '../../../lib/session'
import { getConsents, withdrawConsent, type ConsentPurpose } from '../../../lib/api/privacy'
import { deleteAccount, getMyData, type MyData } from '../api/privacy'

const SAVED = { downloaded: '已下载', shared: '已发送', opened: '已打开', copied: '已复制' }

export function usePrivacy() {
  const data = useRemote(getMyData)
  const [typed, setTyped] = useState('')
  const save = useAction(async (d: MyData) => {
    const how = await saveFile('我的个人信息.json', { text: JSON.stringify(d, null, 2) }, 'application/json;charset=utf-8')
    toastOk(SAVED[how])
  })
  const remove = useAction(deleteAccount, { toastOnError: false })
  const consents = useRemote(getConsents)
  const withdraw = useAction(async (purpose: ConsentPurpose) => {
    const r = await withdrawConsent(purpose)
    toastOk('已撤回，用到时会再问您')
    await Promise.all([consents.reload(), data.reload()])
    return r
  })

  const confirmDelete = async () => {
    const r = await remove.run(typed.trim())
    if (!r) return
    leaveChildMode()
    // what the tab pages kept was the deleted account's
    forgetAnswers()
    toastOk('账号已注销')
    if (apiMode() === 'http') {
      await demoSignOut().catch(() => undefined)
      announceSessionChanged()
      await Taro.reLaunch({ url: ROUTES.signIn })
    } else {
      await Taro.reLaunch({ url: ROUTES.home })
    }
  }

  return {
    data,
    consents,
    withdraw: (purpose: ConsentPurpose) => void withdraw.run(purpose),
    withdrawing: withdraw.busy,
    saveCopy: (d: MyData) => void save.run(d),
    saving: save.busy,
    typed,
    setTyped: (v: string) => (setTyped(v), remove.clearError()),
    confirmDelete,
    deleting: remove.busy,
    deleteError: remove.error?.details?.[0]?.message ?? remove.error?.message ?? '',
  }
}

export type PrivacyModel = ReturnType<typeof usePrivacy>
