import StatusTag from '../../../components/StatusTag'
import type { TeamStanding } from '../api/types'

export const STANDING_LABELS: Record<TeamStanding, string> = {
  none: '',
  pending: '等待队长审核',
  approved: '已加入',
  rejected: '未通过',
}

/** The shared status colours: waiting for the leader blue (in progress), joined green, turned down grey. */
const TONE_OF: Record<TeamStanding, string> = { none: '', pending: 'in_progress', approved: 'confirmed', rejected: 'rejected' }

/** Where I stand in a team, as a tag; nothing when I never applied. */
export default function StandingTag({ status }: { status: TeamStanding }) {
  if (status === 'none') return null
  return <StatusTag status={TONE_OF[status]} label={STANDING_LABELS[status]} />
}
