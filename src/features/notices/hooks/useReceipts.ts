import Taro from '@tarojs/taro'
import { useState } from 'react'
import { useAction } from '../../../hooks/useAction'
import { useRemote } from '../../../hooks/useRemote'
import { useSteps } from '../../../hooks/useSteps'
import { toastOk } from '../../../lib/feedback'
import { getReceipts } from '../api/getReceipts'
import { remindUnread } from '../api/remindUnread'
import { withdrawNotice } from '../api/withdrawNotice'
import type { Id, ReceiptsView, RemindResult } from '../api/types'
import { beijingDay } from './rules'

const REMINDED_KEY = 'ct.notices.reminded'

/** The Beijing day this phone last sent 提醒未读 for a notice. */
function remindedOn(noticeId: Id): string | undefined {
  try {
    const saved = Taro.getStorageSync(REMINDED_KEY)
    return saved && typeof saved === 'object' ? (saved as Record<string, string>)[noticeId] : undefined
  } catch {
    return undefined
  }
}

function rememberReminded(noticeId: Id, day: string) {
  try {
    const saved = Taro.getStorageSync(REMINDED_KEY)
    const map = saved && typeof saved === 'object' ? (saved as Record<string, string>) : {}
    // only today's matter: forget older days
    const kept = Object.fromEntries(Object.entries(map).filter(([, d]) => d === day))
    Taro.setStorageSync(REMINDED_KEY, { ...kept, [noticeId]: day })
  } catch {
    /* storage unavailable: the words are a little less precise, nothing else */
  }
}

/** What the captain reads after 提醒未读. */
export function remindMessage(r: RemindResult, again: boolean): string {
  if (r.households === 0) return '未读的住户里，暂时没有已绑定的居民可以提醒。'
  const told = `未读的 ${r.households} 户、共 ${r.people} 人`
  return again
    ? `今天已经提醒过了：${told}里，今天已提醒过的人不会再收到第二次。`
    : `已提醒${told}，他们会在“消息”里看到。`
}

export type ReceiptsSheet = 'withdraw'

/**
 * 通知回执: who has read it and said 收到, unit by unit; 提醒未读 (once a day
 * for each person: a second tap the same day tells nobody twice, and the page
 * says so); 撤回 with a reason.
 */
export function useReceipts(noticeId: Id) {
  const receipts = useRemote<ReceiptsView>(() => getReceipts(noticeId), [noticeId])
  const { run, ...steps } = useSteps<ReceiptsSheet, 'withdraw'>(receipts.reload)
  const [reminded, setReminded] = useState<string>('')

  const remind = useAction(async () => {
    const day = beijingDay()
    const again = remindedOn(noticeId) === day
    const r = await remindUnread(noticeId)
    if (r.households > 0) rememberReminded(noticeId, day)
    setReminded(remindMessage(r, again))
    toastOk(again ? '今天已提醒过' : '已提醒')
    return r
  })

  return {
    receipts,
    ...steps,
    remind: remind.run,
    reminding: remind.busy,
    /** what the last 提醒未读 did, in words */
    reminded,
    withdraw: (reason: string) => run('withdraw', () => withdrawNotice(noticeId, reason), '通知已撤回'),
  }
}

export type ReceiptsModel = ReturnType<typeof useReceipts>
