export type { HelpHoursView, HelpKind, HelpRequestView, HelpState, MyHelpView } from '../../../../server/modules/help/contracts'
import type { HelpKind } from '../../../../server/modules/help/contracts'

// The server's values, copied: the build does not compile server files into the app (test/ui/help.test.tsx keeps them equal).
export const HELP_KINDS = ['hospital', 'repair', 'tutoring', 'shopping', 'company', 'cleaning', 'errand', 'other'] as const
export const HELP_KIND_LABELS: Record<HelpKind, string> = {
  hospital: '陪同就医',
  repair: '家中小修',
  tutoring: '辅导功课',
  shopping: '代买东西',
  company: '陪伴聊天',
  cleaning: '打扫卫生',
  errand: '跑腿办事',
  other: '其他帮忙',
}
export const MAX_OPEN_REQUESTS = 3
export const MAX_POINTS = 1000

export interface PostHelpInput {
  kind: HelpKind
  details?: string
  place: string
  communityId: string
  startsAt: string
  minutes: number
  points: number
  forName?: string
}
