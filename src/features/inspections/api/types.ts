export type {
  Bulletin,
  BulletinSummary,
  ChecklistItem,
  ChecklistSummary,
  ChecklistView,
  Finding,
  InspectorOption,
  MySite,
  RankedRow,
  RoundKind,
  RoundSummary,
  RoundView,
  SiteForm,
  SiteType,
  SiteView,
  SubmitResult,
} from '../../../../server/modules/inspections/contracts'
import type { RoundKind } from '../../../../server/modules/inspections/contracts'

// The server's values, copied: the build does not compile server files into the app (test/ui/inspections.test.tsx keeps them equal).
export const SITE_TYPES = ['农贸市场', '背街小巷', '公共厕所', '学校周边', '公园广场', '商业大街', '小区', '窗口单位'] as const
export const ROUND_KIND_LABELS: Record<RoundKind, string> = { quarterly: '季度暗访', ad_hoc: '专项暗访' }
export const DEFAULT_FIX_HOURS = 72
export const SITE_CHANGED_ELSEWHERE = '这个点位刚被别人改过，请刷新后再改'
