import { useState } from 'react'
import { useRemote } from '../../../hooks/useRemote'
import { useSteps } from '../../../hooks/useSteps'
import { confirmOnce } from '../../../lib/feedback'
import { applyToTeam } from '../api/applyToTeam'
import { decideApplication } from '../api/decideApplication'
import { getTeam } from '../api/getTeam'
import { leaveTeam } from '../api/leaveTeam'
import { listMembers } from '../api/listMembers'
import type { Id, MemberRow, TeamView } from '../api/types'

/** The form that slides up: the reason a leader gives for turning an application down. */
export type TeamSheet = 'reject'
export type TeamStep = 'apply' | 'leave' | 'approve' | 'reject'

/**
 * A team's applications and roster, for its leaders (and the admin). Loaded
 * only when `active` (the caller manages the team): for anyone else the
 * server would refuse.
 */
export function useRoster(teamId: Id, active: boolean) {
  return useRemote<MemberRow[]>(async () => (active ? listMembers(teamId) : []), [teamId, active])
}

/**
 * One team and what the caller may do with it: apply, withdraw or leave
 * (asked once), and — for the team's leaders — approve or reject applications.
 * Every step runs one at a time, toasts, and reloads the team and its roster.
 */
export function useTeam(teamId: Id) {
  const team = useRemote<TeamView>(() => getTeam(teamId), [teamId])
  const canManage = team.data?.canManage === true
  const roster = useRoster(teamId, canManage)
  const reload = () => Promise.all([team.reload(), canManage ? roster.reload() : Promise.resolve()])
  const { run, ...steps } = useSteps<TeamSheet, TeamStep>(reload)
  /** the applicant a reject sheet is open for */
  const [rejecting, setRejecting] = useState<MemberRow | undefined>(undefined)

  return {
    team,
    roster,
    reload,
    ...steps,
    rejecting,
    apply: () => run('apply', () => applyToTeam(teamId), '申请已提交，等队长审核'),
    leave: async (withdraw: boolean) => {
      const name = team.data?.name ?? '这支队伍'
      const ok = withdraw
        ? await confirmOnce('撤回申请', `撤回加入${name}的申请？以后还可以再申请。`, '撤回')
        : await confirmOnce('退出队伍', `确定退出${name}吗？已经记录的服务时长不会受影响。`, '退出')
      if (!ok) return undefined
      return run('leave', () => leaveTeam(teamId), withdraw ? '已撤回申请' : '已退出队伍')
    },
    approve: (m: MemberRow) => run('approve', () => decideApplication(teamId, m.userId, true), `已同意${m.realName}入队`),
    askReject: (m: MemberRow) => {
      setRejecting(m)
      steps.openSheet('reject')
    },
    reject: (reason: string) => {
      const m = rejecting
      if (!m) return Promise.resolve(undefined)
      return run('reject', () => decideApplication(teamId, m.userId, false, reason), '已婉拒这份申请')
    },
  }
}

export type TeamModel = ReturnType<typeof useTeam>
