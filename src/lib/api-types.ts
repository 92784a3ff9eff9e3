/** Shapes of the answers in docs/api.md, as the client reads them. */

export type Role = 'resident' | 'minor' | 'captain' | 'volunteer' | 'team_lead' | 'staff' | 'handler' | 'admin'

export interface RoleGrant {
  role: Role | string
  scopeType: string
  scopeId: string | null
  scopeName: string | null
}

export interface Me {
  user: { id: string; name: string; maskedName: string; isMinor: boolean; avatarRef?: string | null; phone?: string | null }
  county: { id: string; name: string }
  roles: RoleGrant[]
  household: {
    id: string
    label: string
    communityId: string
    communityName: string
    buildingId: string
  } | null
  /** Asked for, waiting on the captain. */
  pendingHousehold?: { label: string } | null
  guardians: { name: string }[]
  wards: { id: string; name: string }[]
}

export interface CampaignSummary {
  countyId: string
  countyName: string
  campaignName: string
  startDate: string
  dayNumber: number
  /** '' when the county has none */
  slogan: string
  /** the banner photo, or null for the plain red banner */
  bannerRef: string | null
  /** the privacy policy's 运营者 and 联系方式 ('' until the admin fills them in) */
  privacyOperator: string
  privacyContact: string
  figures: { signers: number; shopsPledged: number; householdsBound: number }
}

export interface TodoItem {
  kind: 'resign' | 'bind' | 'review_bindings' | 'sign' | string
  title: string
  path: string
}

/** 工作台: one queue of a working role (count null: a tool, nothing counted). */
export interface WorkbenchTile {
  key: string
  label: string
  count: number | null
  path: string
}

export interface WorkbenchDesk {
  role: 'captain' | 'staff' | 'handler' | 'team_lead' | 'admin'
  title: string
  tiles: WorkbenchTile[]
}

/** 首页's 楼栋通知 card. */
export interface NoticesSummary {
  unread: number
  /** the first unread notice (pinned first), to name on the card; '' when all are read */
  firstTitle: string
}

/** campaign.home: 首页 in one answer. */
export interface HomeView {
  summary: CampaignSummary
  todo: TodoItem[]
  desks: WorkbenchDesk[]
  /** null for someone with no home (the to-do asks them to bind) */
  notices: NoticesSummary | null
}
