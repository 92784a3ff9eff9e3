import { useState } from 'react'
import { useAction } from '../../../hooks/useAction'
import { useRemote } from '../../../hooks/useRemote'
import { useSteps } from '../../../hooks/useSteps'
import { confirmOnce, toastOk } from '../../../lib/feedback'
import { callOff } from '../api/callOff'
import { certifyHours } from '../api/certifyHours'
import { getRoster } from '../api/getRoster'
import type { CertifyEntry, Id, RosterRow, RosterView } from '../api/types'
import { MINUTES_MAX, REASON_MAX, charCount } from './rules'
import { useCode } from './useCode'

export type ManageTab = 'roster' | 'code' | 'hours' | 'speakers'

export const MANAGE_TABS: { key: ManageTab; text: string }[] = [
  { key: 'roster', text: '名单' },
  { key: 'code', text: '签到码' },
  { key: 'hours', text: '确认时长' },
  { key: 'speakers', text: '讲述人' },
]

/** What the organiser typed for one person: minutes (as typed) and, when they differ from the scan, why. */
export interface HoursEdit {
  minutes: string
  reason: string
}

/** A person whose hours may be confirmed now: signed up, not yet confirmed, and checked out (or the activity is over). */
export function certifiable(r: RosterRow, endsAt: string, now: number = Date.now()): boolean {
  return r.status === 'confirmed' && !r.certified && (!!r.checkedOutAt || now >= new Date(endsAt).getTime())
}

export function scannedOf(r: RosterRow): number {
  return r.scannedMinutes ?? 0
}

/**
 * Checks what the organiser typed for each person: whole minutes within a
 * day, and a reason wherever the minutes differ from the scanned ones.
 * Returns the entries to send, or the errors by signup id.
 */
export function hoursEntries(rows: RosterRow[], edits: Record<Id, HoursEdit>): { entries: CertifyEntry[]; errors: Record<Id, string> } {
  const entries: CertifyEntry[] = []
  const errors: Record<Id, string> = {}
  for (const r of rows) {
    const edit = edits[r.signupId]
    const typed = edit ? edit.minutes.trim() : String(scannedOf(r))
    if (!/^\d+$/.test(typed)) {
      errors[r.signupId] = '请填分钟数（整数），没来填 0'
      continue
    }
    const minutes = Number(typed)
    if (minutes > MINUTES_MAX) {
      errors[r.signupId] = `一天最多${MINUTES_MAX}分钟`
      continue
    }
    const reason = (edit?.reason ?? '').trim()
    if (minutes !== scannedOf(r)) {
      if (charCount(reason) < 2) {
        errors[r.signupId] = '和扫码时长不一样，请写明原因（至少2个字）'
        continue
      }
      if (charCount(reason) > REASON_MAX) {
        errors[r.signupId] = `原因请不要超过${REASON_MAX}个字`
        continue
      }
      entries.push({ signupId: r.signupId, minutes, reason })
    } else entries.push({ signupId: r.signupId, minutes })
  }
  return { entries, errors }
}

/**
 * The organiser's page for one activity: the roster (names and phones, the
 * waitlist in order), the check-in code while its tab is open, confirming
 * hours, and calling the activity off with a reason.
 */
export function useManage(activityId: Id, initialTab: ManageTab = 'roster') {
  const roster = useRemote<RosterView>(() => getRoster(activityId), [activityId])
  const [tab, setTab] = useState<ManageTab>(initialTab)
  // while the code is up, the roster follows along: the organiser sees people arrive
  const code = useCode(activityId, tab === 'code', () => void roster.reload())
  const steps = useSteps<'callOff', 'callOff'>(roster.reload)
  const [edits, setEdits] = useState<Record<Id, HoursEdit>>({})
  const [hoursErrors, setHoursErrors] = useState<Record<Id, string>>({})

  const rows = roster.data ? roster.data.confirmed.filter((r) => certifiable(r, roster.data!.activity.endsAt)) : []

  const certify = useAction(async (entries: CertifyEntry[], done: string) => {
    const res = await certifyHours(activityId, entries)
    setEdits({})
    setHoursErrors({})
    toastOk(done)
    await roster.reload()
    return res
  })

  return {
    roster,
    tab,
    // Each tab shows the roster as it is now: who checked out meanwhile is certifiable on 确认时长 without a reload.
    setTab: (next: ManageTab) => {
      setTab(next)
      if (next !== tab) void roster.reload()
    },
    code,
    ...steps,
    callOff: (reason: string) => steps.run('callOff', () => callOff(activityId, reason), '活动已取消，已通知报名的人'),
    // ---------- hours ----------
    rows,
    edits,
    hoursErrors,
    edit: (signupId: Id, change: Partial<HoursEdit>) => {
      const row = rows.find((r) => r.signupId === signupId)
      setEdits((prev) => ({
        ...prev,
        [signupId]: { ...{ minutes: String(row ? scannedOf(row) : 0), reason: '' }, ...prev[signupId], ...change },
      }))
      setHoursErrors(({ [signupId]: _gone, ...rest }) => rest)
    },
    certifying: certify.busy,
    certifyError: certify.error,
    /** Confirm everyone listed with what was typed (changes carry their reasons). */
    certifyTyped: async () => {
      const { entries, errors } = hoursEntries(rows, edits)
      setHoursErrors(errors)
      if (Object.keys(errors).length || !entries.length) return undefined
      const sure = await confirmOnce('确认服务时长', `确认这${entries.length}人的服务时长？确认后不能再改，积分会同时发放。`, '确认')
      if (!sure) return undefined
      return certify.run(entries, `已确认${entries.length}人的时长`)
    },
    /** 全部按签到时长确认: everyone listed with the minutes their scans count. */
    certifyAllScanned: async () => {
      if (!rows.length) return undefined
      const sure = await confirmOnce('全部按签到时长确认', `按扫码签到、签退的时长确认这${rows.length}人？确认后不能再改，积分会同时发放。`, '全部确认')
      if (!sure) return undefined
      setHoursErrors({})
      return certify.run(
        rows.map((r) => ({ signupId: r.signupId, minutes: scannedOf(r) })),
        `已确认${rows.length}人的时长`,
      )
    },
  }
}

export type ManageModel = ReturnType<typeof useManage>
