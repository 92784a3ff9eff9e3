/** The activities module's answers, as the server's contract defines them (types only: nothing of the server is bundled). */
export type {
  ActivityCard,
  ActivityView,
  CertifyResult,
  CheckResult,
  CheckinCode,
  OrganiserOption,
  RosterRow,
  RosterView,
  SignupState,
  SpeakerCard,
} from '../../../../server/modules/activities/contracts'

/** Ids are UUID strings. */
export type Id = string

export type ListFilter = 'open' | 'mine' | 'manage'

export type Audience = 'members' | 'volunteers' | 'residents'

/** Who publishes: one of the caller's teams, or a community they staff. */
export type OrganiserRef = { kind: 'team'; teamId: Id } | { kind: 'community'; communityId: Id }

export interface CreateActivityInput {
  organiser: OrganiserRef
  title: string
  description: string
  placeName: string
  lat: number
  lng: number
  /** ISO instants with their offset (+08:00: the form works in Beijing time) */
  startsAt: string
  endsAt: string
  signupDeadline: string
  capacity: number
  audience: Audience
  pointsPerHour: number
  requireNearby: boolean
}

export interface CheckInput {
  activityId: Id
  direction: 'in' | 'out'
  /** the scanned QR token, or the 6 digits typed */
  code: string
  lat?: number
  lng?: number
}

export interface CertifyEntry {
  signupId: Id
  minutes: number
  reason?: string
}
