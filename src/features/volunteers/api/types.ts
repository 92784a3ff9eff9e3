/** The volunteers and points modules' answers, as the server's contracts define them (types only: nothing of the server is bundled). */
export type {
  CertificateView,
  HoursRecord,
  HoursView,
  LeaderboardView,
  MeView,
  MemberRow,
  TeamCard,
  TeamStanding,
  TeamView,
  VolunteerProfileView,
} from '../../../../server/modules/volunteers/contracts'
export type { BalanceView, PointEntryView } from '../../../../server/modules/points/contracts'

/** Ids are UUID strings. */
export type Id = string

/** What volunteers.register takes: registering again updates the profile. */
export interface RegisterInput {
  realName: string
  phone: string
  skills: string[]
  /** The community (社区) or village the volunteer serves. */
  communityId: Id
  /** The separate tick box for giving a real name and phone (needed once). */
  identityConsent: boolean
}

export type LeaderboardPeriod = 'week' | 'month'
