import type { ColumnType, Generated } from 'kysely';

/** Kysely's view of the tables (camelCase; CamelCasePlugin maps to snake_case). */
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type Json<T> = ColumnType<T, string, string>;

export interface CountiesTable {
  id: string;
  name: string;
  campaignName: string;
  campaignStart: string;
  createdAt: Generated<Date>;
  slogan: Generated<string>;
  bannerRef: string | null;
  /** who runs the app for the county (the privacy policy's 运营者), '' until the admin says */
  privacyOperator: Generated<string>;
  /** how to reach them about personal information */
  privacyContact: Generated<string>;
}

export interface AreasTable {
  id: string;
  countyId: string;
  name: string;
}

export interface CommunitiesTable {
  id: string;
  countyId: string;
  areaId: string;
  name: string;
  kind: 'community' | 'village';
  latitude: number | null;
  longitude: number | null;
  /** GeoJSON Polygon or MultiPolygon geometry */
  boundary: unknown | null;
  boxMinLat: number | null;
  boxMaxLat: number | null;
  boxMinLng: number | null;
  boxMaxLng: number | null;
}

export interface StationsTable {
  id: string;
  countyId: string;
  name: string;
  kind: 'centre' | 'institute' | 'station';
  communityId: string | null;
  address: string;
  latitude: number;
  longitude: number;
  createdAt: Date;
}

export interface BuildingsTable {
  id: string;
  countyId: string;
  communityId: string;
  name: string;
}

export interface UnitsTable {
  id: string;
  countyId: string;
  buildingId: string;
  name: string;
}

export interface HouseholdsTable {
  id: string;
  countyId: string;
  unitId: string;
  room: string;
}

export interface DepartmentsTable {
  id: string;
  countyId: string;
  name: string;
}

export interface UsersTable {
  id: string;
  countyId: string;
  /** null for a child a guardian added, who has no WeChat of their own */
  openid: string | null;
  name: string;
  phone: string | null;
  isMinor: Generated<boolean>;
  createdAt: Generated<Date>;
  /** YYYY-MM; minor status follows it when known */
  birthMonth: string | null;
  /** the guardian who added this child */
  addedBy: string | null;
  /** 注销: the personal data is gone, the row stays for the records that point at it */
  deletedAt?: Timestamp | null;
  /** the avatar the person chose (a photo ref) */
  avatarRef?: string | null;
}

export interface RoleGrantsTable {
  id: string;
  countyId: string;
  userId: string;
  role: string;
  scopeType: string;
  scopeId: string;
  grantedBy: string | null;
  createdAt: Generated<Date>;
}

export interface GuardianshipsTable {
  id: string;
  countyId: string;
  guardianId: string;
  minorId: string;
}

export type HouseholdRequestStatus = 'pending' | 'approved' | 'rejected' | 'cancelled' | 'left';
export type HouseholdRelation = 'owner' | 'family' | 'tenant';

export interface HouseholdRequestsTable {
  id: string;
  countyId: string;
  householdId: string;
  userId: string;
  relation: HouseholdRelation;
  status: HouseholdRequestStatus;
  reason: string | null;
  requestedAt: Timestamp;
  decidedBy: string | null;
  decidedRole: string | null;
  decidedAt: Timestamp | null;
  endedAt: Timestamp | null;
  endedBy: string | null;
}

export type ConventionKind = 'civic' | 'residents' | 'shop' | 'responsibility';

export interface ConventionsTable {
  id: string;
  countyId: string;
  kind: ConventionKind;
  communityId: string | null;
  title: string;
  signerTotal: Generated<number>;
  createdAt: Generated<Date>;
}

export interface ConventionVersionsTable {
  id: string;
  countyId: string;
  conventionId: string;
  version: number;
  title: string;
  preamble: string;
  articles: Json<string[]>;
  publishedAt: Timestamp;
  publishedBy: string | null;
  signerCount: Generated<number>;
}

export interface PledgesTable {
  id: string;
  countyId: string;
  conventionId: string;
  versionId: string;
  userId: string;
  signerNo: number;
  signedAt: Timestamp;
}

export interface ShopsTable {
  id: string;
  countyId: string;
  communityId: string;
  name: string;
  address: string;
  contactPhone: string;
  ownerId: string;
  createdAt: Timestamp;
}

export interface ShopPledgesTable {
  id: string;
  countyId: string;
  shopId: string;
  versionId: string;
  userId: string;
  signerNo: number;
  signedAt: Timestamp;
}

export interface AuditEventsTable {
  id: string;
  countyId: string;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  data: Json<Record<string, unknown>>;
  at: Timestamp;
}

export interface DB {
  counties: CountiesTable;
  invitations: InvitationsTable;
  invitationAttempts: InvitationAttemptsTable;
  setupUses: SetupUsesTable;
  areas: AreasTable;
  communities: CommunitiesTable;
  stations: StationsTable;
  buildings: BuildingsTable;
  units: UnitsTable;
  households: HouseholdsTable;
  departments: DepartmentsTable;
  users: UsersTable;
  roleGrants: RoleGrantsTable;
  guardianships: GuardianshipsTable;
  householdRequests: HouseholdRequestsTable;
  conventions: ConventionsTable;
  conventionVersions: ConventionVersionsTable;
  pledges: PledgesTable;
  shops: ShopsTable;
  shopPledges: ShopPledgesTable;
  auditEvents: AuditEventsTable;
  reportCategories: ReportCategoriesTable;
  routingRules: RoutingRulesTable;
  reports: ReportsTable;
  reportEvents: ReportEventsTable;
  reportPhotos: ReportPhotosTable;
  reportFollowers: ReportFollowersTable;
  reportDailyCounts: ReportDailyCountsTable;
  dashboardDailyCounts: DashboardDailyCountsTable;
  uploads: UploadsTable;
  uploadDailyCounts: UploadDailyCountsTable;
  revokedSessions: RevokedSessionsTable;
  inboxMessages: InboxMessagesTable;
  familyCampaigns: FamilyCampaignsTable;
  familyNominations: FamilyNominationsTable;
  familyNominationEvents: FamilyNominationEventsTable;
  familyVotes: FamilyVotesTable;
  familyVoteDays: FamilyVoteDaysTable;
  familyVoteMinutes: FamilyVoteMinutesTable;
  familyVoteFlags: FamilyVoteFlagsTable;
  familyResults: FamilyResultsTable;
  goodPeople: GoodPeopleTable;
  goodPeopleSupports: GoodPeopleSupportsTable;
  goodPeopleTitles: GoodPeopleTitlesTable;
  goodPersonEvents: GoodPersonEventsTable;
  goodPersonConsentAsks: GoodPersonConsentAsksTable;
  householdStars: HouseholdStarsTable;
  volunteerTeams: VolunteerTeamsTable;
  volunteerProfiles: VolunteerProfilesTable;
  teamMembers: TeamMembersTable;
  activities: ActivitiesTable;
  activitySignups: ActivitySignupsTable;
  volunteerHours: VolunteerHoursTable;
  pointAccounts: PointAccountsTable;
  pointTransfers: PointTransfersTable;
  pointEntries: PointEntriesTable;
  notices: NoticesTable;
  noticeUnits: NoticeUnitsTable;
  noticeRevisions: NoticeRevisionsTable;
  noticeReads: NoticeReadsTable;
  buildingMatters: BuildingMattersTable;
  questionnaires: QuestionnairesTable;
  questionnaireRespondents: QuestionnaireRespondentsTable;
  questionnaireAnswers: QuestionnaireAnswersTable;
  questionnaireTallies: QuestionnaireTalliesTable;
  questionnaireHeldAnswers: QuestionnaireHeldAnswersTable;
  questionnaireCommunityRatings: QuestionnaireCommunityRatingsTable;
  questionnaireCommunityPending: QuestionnaireCommunityPendingTable;
  subscribeGrants: SubscribeGrantsTable;
  activitySpeakers: ActivitySpeakersTable;
  personalConsents: PersonalConsentsTable;
  pointPolicies: PointPoliciesTable;
  childLinks: ChildLinksTable;
  mallRewards: MallRewardsTable;
  mallRedemptions: MallRedemptionsTable;
  mallStockMoves: MallStockMovesTable;
  helpRequests: HelpRequestsTable;

  inspectionChecklists: InspectionChecklistsTable;
  inspectionChecklistItems: InspectionChecklistItemsTable;
  inspectionSites: InspectionSitesTable;
  inspectionRounds: InspectionRoundsTable;
  inspectionAssignments: InspectionAssignmentsTable;
  inspections: InspectionsTable;
  inspectionResults: InspectionResultsTable;
  questionnaireProxyDays: QuestionnaireProxyDaysTable;
  assessmentWeights: AssessmentWeightsTable;
  assessmentMonths: AssessmentMonthsTable;
  assessmentScores: AssessmentScoresTable;
  taskNodes: TaskNodesTable;
  taskProgress: TaskProgressTable;
  taskEscalations: TaskEscalationsTable;
  taskLetters: TaskLettersTable;
}

export interface UploadsTable {
  id: string;
  countyId: string;
  ownerId: string;
  fileRef: string;
  contentType: 'image/jpeg' | 'image/png' | 'image/webp';
  bytes: number;
  createdAt: Timestamp;
  /** Set when stored, cleared once something uses the photo; null for rows from before migration 018 (never cleaned up). */
  unattachedSince: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
}

/** Per person and Beijing day; the CHECKs (60 photos, 60 MiB) are the daily upload limit. */
export interface UploadDailyCountsTable {
  countyId: string;
  ownerId: string;
  day: string;
  photos: number;
  bytes: number;
}

export interface InboxMessagesTable {
  id: string;
  countyId: string;
  userId: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  sourceKey: string;
  createdAt: Timestamp;
  readAt: Timestamp | null;
  /** Null until the push job has looked at it. */
  pushState: ColumnType<'sending' | 'sent' | 'skipped' | 'failed' | null, 'sending' | 'sent' | 'skipped' | 'failed' | null | undefined, 'sending' | 'sent' | 'skipped' | 'failed' | null>;
}

export interface ReportCategoriesTable {
  id: string;
  countyId: string;
  name: string;
  sort: Generated<number>;
  active: Generated<boolean>;
}

export interface RoutingRulesTable {
  id: string;
  countyId: string;
  categoryId: string;
  areaId: string | null;
  departmentId: string;
  deadlineHours: number;
}

/** The statuses of reports/domain/case-states.ts. */
export type ReportStatus =
  | 'submitted'
  | 'accepted'
  | 'rejected'
  | 'duplicate'
  | 'assigned'
  | 'in_progress'
  | 'fixed'
  | 'confirmed'
  | 'disputed'
  | 'reopened'
  | 'closed';

export interface ReportsTable {
  id: string;
  countyId: string;
  communityId: string | null;
  areaId: string | null;
  categoryId: string;
  reporterId: string;
  anonymous: boolean;
  description: string;
  latitude: number;
  longitude: number;
  address: string;
  status: ReportStatus;
  version: number;
  departmentId: string | null;
  deadline: Timestamp | null;
  escalated: Generated<boolean>;
  duplicateOf: string | null;
  submittedAt: Timestamp;
  updatedAt: Timestamp;
  idempotencyKey: string;
  rating: number | null;
  fixedAt: Timestamp | null;
  /** Who found it (migration 030): a resident's 随手拍, or a failed item of a 督查暗访. */
  foundBy: Generated<'resident' | 'inspection'>;
}

export interface ReportEventsTable {
  id: string;
  countyId: string;
  reportId: string;
  seq: number;
  type: string;
  actorKind: string;
  actorId: string | null;
  departmentId: string | null;
  data: Json<Record<string, unknown>>;
  at: Timestamp;
}

export interface ReportPhotosTable {
  reportId: string;
  countyId: string;
  fileRef: string;
  stage: 'before' | 'after' | 'dispute';
  /** The event the photos belong to (1 = the submission). */
  eventSeq: Generated<number>;
  sort: number;
}

export interface ReportFollowersTable {
  reportId: string;
  userId: string;
  countyId: string;
  at: Timestamp;
}

export interface ReportDailyCountsTable {
  countyId: string;
  reporterId: string;
  day: string;
  count: number;
}

/** The dashboard's daily counters (migration 033): one row per county, 片区 (null: none), Beijing day and metric. */
export interface DashboardDailyCountsTable {
  countyId: string;
  areaId: string | null;
  day: string;
  metric: string;
  slot: Generated<number>;
  amount: string | number;
}

export interface FamilyCampaignsTable {
  id: string;
  countyId: string;
  title: string;
  description: string;
  nominationStartsAt: Timestamp;
  nominationEndsAt: Timestamp;
  votingStartsAt: Timestamp;
  votingEndsAt: Timestamp;
  votesPerDay: Generated<number>;
  repeatSameFamily: Generated<boolean>;
  requireHousehold: Generated<boolean>;
  minorsMayVote: Generated<boolean>;
  familyVotesPerMinute: Generated<number>;
  resultsFrozenAt: Timestamp | null;
  createdBy: string;
  createdAt: Timestamp;
}

export type NominationStatus = 'awaiting_consent' | 'submitted' | 'changes_requested' | 'approved' | 'rejected' | 'withdrawn';

export interface FamilyNominationsTable {
  id: string;
  countyId: string;
  campaignId: string;
  householdId: string;
  communityId: string;
  nominatedBy: string;
  nominatorKind: 'child' | 'member' | 'neighbour';
  status: NominationStatus;
  displayName: string;
  story: string;
  photos: Json<string[]>;
  childNameShown: string | null;
  consentBy: string | null;
  consentAt: Timestamp | null;
  consentWithdrawnAt: Timestamp | null;
  reviewNote: string | null;
  reviewedBy: string | null;
  reviewedAt: Timestamp | null;
  votes: Generated<number>;
  version: Generated<number>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  /** the guardian on whose phone a child wrote it (child mode) */
  hostedBy?: string | null;
}

/** A nomination's history, append-only (migration 021): one step per version of the nomination. */
export interface FamilyNominationEventsTable {
  id: string;
  countyId: string;
  nominationId: string;
  /** the nomination's version once this step applied */
  version: number;
  type: 'submitted' | 'consent_given' | 'revised' | 'reviewed' | 'consent_withdrawn' | 'withdrawn';
  /** who; their name is read from users (注销 leaves 已注销用户) */
  actorId: string | null;
  actorRole: 'child' | 'nominator' | 'guardian' | 'household' | 'staff' | 'admin' | 'system';
  decision: 'approve' | 'changes' | 'reject' | null;
  note: string | null;
  /** SHA-256 (hex) of what the nomination said at this version */
  contentHash: string;
  childNameShown: boolean;
  /** this step (a revision after consent) sent it back to the family for consent (migration 025) */
  asksConsent: Generated<boolean>;
  at: Timestamp;
}

export interface FamilyVotesTable {
  id: string;
  countyId: string;
  campaignId: string;
  nominationId: string;
  voterId: string;
  day: string;
  dedupeKey: string;
  at: Timestamp;
  voterCreatedAt: Timestamp;
  voidedAt: Timestamp | null;
  voidedBy: string | null;
  voidReason: string | null;
}

export interface FamilyVoteDaysTable {
  campaignId: string;
  voterId: string;
  day: string;
  count: number;
  dayLimit: number;
}

export interface FamilyVoteMinutesTable {
  nominationId: string;
  minute: Timestamp;
  count: number;
  minuteLimit: number;
}

export interface FamilyVoteFlagsTable {
  id: string;
  countyId: string;
  campaignId: string;
  nominationId: string;
  windowStart: Timestamp;
  newAccountVotes: number;
  evidence: Json<Record<string, unknown>>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
  resolvedAt: Timestamp | null;
}

export interface FamilyResultsTable {
  campaignId: string;
  nominationId: string;
  rank: number;
  votes: number;
}

export type GoodPersonCategory = 'helping' | 'bravery' | 'honesty' | 'dedication' | 'filial' | 'youth';
export type GoodPersonStatus = 'awaiting_consent' | 'declined' | 'submitted' | 'changes_requested' | 'approved' | 'rejected' | 'withdrawn';

export interface GoodPeopleTable {
  id: string;
  countyId: string;
  category: GoodPersonCategory;
  nomineeName: string;
  nomineeContact: string;
  story: string;
  photos: Json<string[]>;
  nominatedBy: string;
  communityId: string | null;
  status: GoodPersonStatus;
  consentCodeHash: string;
  consentBy: string | null;
  consentVia: 'nominee' | 'staff' | null;
  consentNote: string | null;
  consentAt: Timestamp | null;
  reviewNote: string | null;
  reviewedBy: string | null;
  reviewedAt: Timestamp | null;
  supports: Generated<number>;
  version: Generated<number>;
  idempotencyKey: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface GoodPeopleSupportsTable {
  goodPersonId: string;
  userId: string;
  countyId: string;
  at: Timestamp;
}

export interface GoodPeopleTitlesTable {
  id: string;
  countyId: string;
  goodPersonId: string;
  year: number;
  title: string;
  awardedBy: string;
  awardedAt: Timestamp;
}

/** A good person's nomination history, append-only (migration 022): one step per version of the nomination. */
export interface GoodPersonEventsTable {
  id: string;
  countyId: string;
  goodPersonId: string;
  /** the nomination's version once this step applied */
  version: number;
  type: 'submitted' | 'consent_given' | 'consent_refused' | 'revised' | 'reviewed' | 'awarded' | 'consent_withdrawn' | 'withdrawn';
  /** who; their name is read from users (注销 leaves 已注销用户) */
  actorId: string | null;
  actorRole: 'nominator' | 'nominee' | 'guardian' | 'staff' | 'admin' | 'system';
  decision: 'approve' | 'changes' | 'reject' | null;
  /** the reviewer's reason; how staff confirmed or withdrew the agreement */
  note: string | null;
  awardYear: number | null;
  awardTitle: string | null;
  /** SHA-256 (hex) of what would be published at this version */
  contentHash: string;
  /** how the nominee's side answered: with the code, or from the request in 消息 (migration 025) */
  channel: 'code' | 'inbox' | null;
  /** this step (a revision after consent) asked the nominee for consent again (migration 025) */
  asksConsent: Generated<boolean>;
  at: Timestamp;
}

/** Who was asked in the app (消息) to answer a good-person nomination: the nominee, or a minor nominee's guardians. */
export interface GoodPersonConsentAsksTable {
  goodPersonId: string;
  userId: string;
  countyId: string;
  answererRole: 'nominee' | 'guardian';
  askedAt: Timestamp;
}

export interface HouseholdStarsTable {
  householdId: string;
  countyId: string;
  criteria: Json<boolean[]>;
  stars: number;
  ratedBy: string;
  ratedAt: Timestamp;
}

export interface VolunteerTeamsTable {
  id: string;
  countyId: string;
  name: string;
  kind: 'standing' | 'specialty';
  description: string;
  memberCount: Generated<number>;
  createdAt: Generated<Date>;
}

export interface VolunteerProfilesTable {
  userId: string;
  countyId: string;
  realName: string;
  phone: string;
  skills: Json<string[]>;
  communityId: string;
  registeredAt: Timestamp;
  updatedAt: Timestamp;
}

export type TeamMemberStatus = 'pending' | 'approved' | 'rejected' | 'left';

export interface TeamMembersTable {
  id: string;
  countyId: string;
  teamId: string;
  userId: string;
  status: TeamMemberStatus;
  appliedAt: Timestamp;
  decidedBy: string | null;
  decidedAt: Timestamp | null;
  reason: string | null;
}

export type ActivityAudience = 'members' | 'volunteers' | 'residents';

export interface ActivitiesTable {
  id: string;
  countyId: string;
  organiserKind: 'team' | 'community';
  teamId: string | null;
  communityId: string | null;
  title: string;
  description: string;
  placeName: string;
  lat: number;
  lng: number;
  startsAt: Timestamp;
  endsAt: Timestamp;
  signupDeadline: Timestamp;
  capacity: number;
  audience: ActivityAudience;
  pointsPerHour: number;
  requireNearby: boolean;
  status: Generated<'open' | 'cancelled'>;
  confirmedCount: Generated<number>;
  waitlistCount: Generated<number>;
  signupSeq: Generated<number>;
  checkinSecret: string;
  createdBy: string;
  createdAt: Timestamp;
}

export type SignupStatus = 'confirmed' | 'waitlisted' | 'cancelled';

export interface ActivitySignupsTable {
  id: string;
  countyId: string;
  activityId: string;
  userId: string;
  status: SignupStatus;
  seq: number;
  signedUpAt: Timestamp;
  promotedAt: Timestamp | null;
  cancelledAt: Timestamp | null;
  checkedInAt: Timestamp | null;
  checkedOutAt: Timestamp | null;
  scannedMinutes: number | null;
}

export interface VolunteerHoursTable {
  id: string;
  countyId: string;
  userId: string;
  activityId: string;
  signupId: string;
  teamId: string | null;
  communityId: string | null;
  servedOn: string;
  minutes: number;
  scannedMinutes: number;
  backfilled: boolean;
  points: number;
  reason: string | null;
  certifiedBy: string;
  certifiedAt: Timestamp;
}

export type PointAccountKind = 'person' | 'pool' | 'mall' | 'escrow';

export interface PointAccountsTable {
  id: string;
  countyId: string;
  kind: PointAccountKind;
  userId: string | null;
  balance: Generated<number>;
}

export interface PointTransfersTable {
  id: string;
  countyId: string;
  sourceKey: string;
  kind: string;
  memo: string;
  amount: number;
  fromAccount: string;
  toAccount: string;
  createdAt: Timestamp;
}

export interface PointEntriesTable {
  id: string;
  countyId: string;
  transferId: string;
  accountId: string;
  amount: number;
  createdAt: Timestamp;
}

export interface NoticesTable {
  id: string;
  countyId: string;
  buildingId: string;
  authorId: string;
  title: string;
  body: string;
  images: Json<string[]>;
  pinned: boolean;
  endsAt: Timestamp;
  status: 'published' | 'withdrawn';
  version: Generated<number>;
  audienceHouseholds: number;
  readHouseholds: Generated<number>;
  acknowledgedHouseholds: Generated<number>;
  idempotencyKey: ColumnType<string | null, string | null | undefined, string | null>;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface NoticeUnitsTable {
  noticeId: string;
  unitId: string;
}

export interface NoticeRevisionsTable {
  id: string;
  countyId: string;
  noticeId: string;
  version: number;
  action: 'posted' | 'edited' | 'withdrawn';
  title: string;
  body: string;
  images: Json<string[]>;
  pinned: boolean;
  endsAt: Timestamp;
  unitIds: Json<string[]>;
  byUser: string;
  at: Timestamp;
}

export interface NoticeReadsTable {
  noticeId: string;
  householdId: string;
  countyId: string;
  firstReader: string;
  readAt: Timestamp;
  acknowledgedBy: string | null;
  acknowledgedAt: Timestamp | null;
  remindedAt: Timestamp | null;
}

export type MatterKind = 'waste' | 'clutter' | 'noise' | 'dispute' | 'other';
export type MatterStatus = 'open' | 'answered' | 'resolved' | 'reported';

export interface BuildingMattersTable {
  id: string;
  countyId: string;
  buildingId: string;
  unitId: string;
  householdId: string;
  raisedBy: string;
  kind: MatterKind;
  text: string;
  photos: Json<string[]>;
  status: MatterStatus;
  answer: string | null;
  answeredBy: string | null;
  answeredAt: Timestamp | null;
  resolution: string | null;
  resolvedAt: Timestamp | null;
  reportId: string | null;
  version: Generated<number>;
  idempotencyKey: string;
  createdAt: Timestamp;
}

export type QuestionKind = 'single' | 'multiple' | 'rating' | 'text';

export interface Question {
  id: string;
  kind: QuestionKind;
  title: string;
  options: string[];
  required: boolean;
}

export interface QuestionnairesTable {
  id: string;
  countyId: string;
  title: string;
  intro: string;
  questions: Json<Question[]>;
  audienceType: 'county' | 'community' | 'building';
  audienceId: string;
  anonymous: boolean;
  opensAt: Timestamp;
  closesAt: Timestamp;
  answerCount: Generated<number>;
  /** Of answer_count, the 代填 entries (migration 032). */
  proxyCount: Generated<number>;
  /** 小手拉大手: for children only, always anonymous, to the county or a community (migration 039). */
  forChildren: Generated<boolean>;
  createdBy: string;
  createdAt: Timestamp;
}

export interface QuestionnaireRespondentsTable {
  questionnaireId: string;
  userId: string;
}

export type AnswerValue = string | string[] | number;

export interface QuestionnaireAnswersTable {
  id: string;
  countyId: string;
  questionnaireId: string;
  respondentId: string | null;
  answers: Json<Record<string, AnswerValue>>;
  submittedOn: string;
  /** The community the answer speaks for (migration 032): a named self-answer's home, a 代填 entry's picked community; null otherwise. */
  communityId: Generated<string | null>;
  /** The volunteer who entered it for a passer-by (代填); null on a self-answer. */
  enteredBy: Generated<string | null>;
}

export interface QuestionnaireTalliesTable {
  questionnaireId: string;
  questionId: string;
  choice: string;
  count: Generated<number>;
}

/**
 * An anonymous answer waiting for the scheduler's flush, sealed under a key the
 * database never holds (questionnaires/seal.ts); no time, no respondent.
 */
export interface QuestionnaireHeldAnswersTable {
  id: string;
  countyId: string;
  questionnaireId: string;
  keyId: string;
  sealed: Buffer;
}

/** Published sums of anonymous ratings per community and flush day, each step of at least five answers. */
export interface QuestionnaireCommunityRatingsTable {
  questionnaireId: string;
  communityId: string;
  countedOn: string;
  countyId: string;
  answers: number;
  ratings: number;
  ratingSum: number;
}

/** A community's anonymous ratings still under five answers: sealed. */
export interface QuestionnaireCommunityPendingTable {
  questionnaireId: string;
  communityId: string;
  keyId: string;
  sealed: Buffer;
}

export interface SubscribeGrantsTable {
  userId: string;
  topic: string;
  remaining: number;
  updatedAt: Timestamp;
}

/** A good person who tells their story at an activity (讲述人), in the order shown; at most ten (position 0–9). */
export interface ActivitySpeakersTable {
  activityId: string;
  goodPersonId: string;
  countyId: string;
  position: number;
  addedBy: string;
  addedAt: Timestamp;
}

/** A role offered to whoever opens it first (by its code or its shared link), until it expires or is cancelled. */
export interface InvitationsTable {
  id: string;
  countyId: string;
  role: string;
  scopeType: string;
  scopeId: string;
  code: string;
  token: string;
  note: Generated<string>;
  createdBy: string | null;
  createdAt: Timestamp;
  expiresAt: Timestamp;
  acceptedBy: string | null;
  acceptedAt: Timestamp | null;
  cancelledBy: string | null;
  cancelledAt: Timestamp | null;
  /** A captain's invitation may name the captain's own room in the building (bound on accepting). */
  householdId: string | null;
}

export interface InvitationAttemptsTable {
  openid: string;
  day: string;
  count: number;
}

export interface SetupUsesTable {
  codeHash: string;
  countyId: string;
  usedAt: Timestamp;
}

/** Local-server sessions signed out before they expired (see runtime/session.ts). */
export interface RevokedSessionsTable {
  id: string;
  expiresAt: Timestamp;
}

/** A person's separate consent to a kind of sensitive personal data (migration 026). */
export interface PersonalConsentsTable {
  id: string;
  countyId: string;
  userId: string;
  purpose: 'precise_location' | 'volunteer_identity';
  textVersion: number;
  givenAt: Timestamp;
  withdrawnAt: Timestamp | null;
}

/** 积分超市 (migration 024): a station's rewards, their stock book, and redemptions. */
export type MallRewardKind = 'gift' | 'book' | 'service';
export type MallRedemptionState = 'pending' | 'handed_over' | 'expired' | 'cancelled';

export interface MallRewardsTable {
  id: string;
  countyId: string;
  stationId: string;
  kind: MallRewardKind;
  name: string;
  description: Generated<string>;
  partner: Generated<string>;
  photo: string | null;
  price: number;
  stock: Generated<number>;
  perPersonLimit: number;
  pickupDays: Generated<number>;
  endsAt: Timestamp | null;
  status: Generated<'listed' | 'withdrawn'>;
  createdBy: string;
  createdAt: Timestamp;
  updatedAt: Timestamp;
}

export interface MallRedemptionsTable {
  id: string;
  countyId: string;
  rewardId: string;
  stationId: string;
  userId: string;
  price: number;
  state: Generated<MallRedemptionState>;
  pickupDigits: string;
  delivery: Generated<boolean>;
  deliveryMarkedBy: string | null;
  createdAt: Timestamp;
  expiresAt: Timestamp;
  handedOverAt: Timestamp | null;
  handedOverBy: string | null;
  cancelledAt: Timestamp | null;
  cancelledBy: string | null;
  cancelReason: string | null;
  expiredAt: Timestamp | null;
}

export interface MallStockMovesTable {
  id: string;
  countyId: string;
  rewardId: string;
  kind: 'in' | 'redeemed' | 'returned' | 'adjusted';
  delta: number;
  reason: Generated<string>;
  redemptionId: string | null;
  byUser: string | null;
  at: Timestamp;
}

/** The county's points policy (migration 028): years before earned points expire. */
export interface PointPoliciesTable {
  countyId: string;
  expiryYears: number;
  updatedBy: string | null;
  updatedAt: Timestamp;
}

/** A guardian's one-time code that links a child's own WeChat (migration 027). */
export interface ChildLinksTable {
  id: string;
  countyId: string;
  childId: string;
  createdBy: string;
  codeHash: string;
  createdAt: Timestamp;
  expiresAt: Timestamp;
  usedAt: Timestamp | null;
  replacedAt: Timestamp | null;
}

export type HelpState = 'open' | 'accepted' | 'disputed' | 'done' | 'cancelled';

export interface HelpRequestsTable {
  id: string;
  countyId: string;
  /** who asks; null when staff post for a named person without WeChat (`forName`) */
  requesterId: string | null;
  forName: string | null;
  requesterName: string;
  postedBy: string;
  communityId: string;
  communityName: string;
  kind: string;
  details: string;
  place: string;
  startsAt: Timestamp;
  minutes: number;
  points: number;
  latitude: number | null;
  longitude: number | null;
  state: Generated<HelpState>;
  helperId: string | null;
  helperName: string | null;
  acceptedAt: Timestamp | null;
  requesterConfirmedAt: Timestamp | null;
  helperConfirmedAt: Timestamp | null;
  rating: number | null;
  disputedBy: string | null;
  disputeReason: string | null;
  disputedAt: Timestamp | null;
  resolution: 'pay' | 'refund' | null;
  resolvedBy: string | null;
  resolveReason: string | null;
  closedAt: Timestamp | null;
  /** the requester asked to cancel after acceptance; pending until the helper agrees or declines */
  cancelAskedAt: Timestamp | null;
  cancelReason: string | null;
  createdAt: Timestamp;
}

/** 督查暗访 (migration 030). */
export interface InspectionChecklistsTable {
  id: string;
  countyId: string;
  siteType: string;
  version: number;
  title: string;
  createdBy: string;
  createdAt: Timestamp;
}

export interface InspectionChecklistItemsTable {
  checklistId: string;
  countyId: string;
  sort: number;
  title: string;
  standard: string;
  points: number;
}

export interface InspectionSitesTable {
  id: string;
  countyId: string;
  name: string;
  siteType: string;
  communityId: string;
  areaId: string;
  departmentId: string;
  address: string;
  latitude: number;
  longitude: number;
  createdAt: Timestamp;
  /** Retired: never sampled into a new round; rounds that had it keep it (migration 035). */
  retiredAt: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  updatedAt: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  /** Raised by every edit; an edit is written only onto the version the admin saw (migration 041). */
  version: Generated<number>;
}

export interface InspectionRoundsTable {
  id: string;
  countyId: string;
  title: string;
  kind: 'quarterly' | 'ad_hoc';
  fixHours: number;
  status: Generated<'open' | 'published'>;
  createdBy: string;
  createdAt: Timestamp;
  publishedAt: Timestamp | null;
  publishedBy: string | null;
}

export interface InspectionAssignmentsTable {
  roundId: string;
  siteId: string;
  countyId: string;
  inspectorIds: string[];
}

export interface InspectionsTable {
  id: string;
  countyId: string;
  roundId: string;
  siteId: string;
  checklistId: string;
  inspectorId: string;
  score: number;
  maxScore: number;
  latitude: number | null;
  longitude: number | null;
  submittedAt: Timestamp;
  /** The site as it was when inspected (migration 035; a trigger fills them from the site when not given). */
  siteName: ColumnType<string, string | undefined, never>;
  siteType: ColumnType<string, string | undefined, never>;
  communityId: ColumnType<string, string | undefined, never>;
  areaId: ColumnType<string, string | undefined, never>;
  departmentId: ColumnType<string, string | undefined, never>;
}

export interface InspectionResultsTable {
  inspectionId: string;
  countyId: string;
  sort: number;
  title: string;
  points: number;
  passed: boolean;
  note: Generated<string>;
  photo: string | null;
  reportId: string | null;
  recheckedAt: Timestamp | null;
  recheckedBy: string | null;
}

/** A volunteer's 代填 entries on one Beijing day (migration 032): the daily cap's counter. */
export interface QuestionnaireProxyDaysTable {
  volunteerId: string;
  day: string;
  countyId: string;
  entries: number;
}

/** The monthly assessment's weight of each part, as the county admin set it (migration 032). */
export interface AssessmentWeightsTable {
  countyId: string;
  part: string;
  weight: number;
  updatedBy: string;
  updatedAt: Timestamp;
}

/** A published month of the assessment: the weights it used; its scores are frozen in assessment_scores. */
export interface AssessmentMonthsTable {
  countyId: string;
  month: string;
  weights: Json<Record<string, number>>;
  publishedBy: string;
  publishedAt: Timestamp;
}

export interface AssessmentScoresTable {
  countyId: string;
  month: string;
  communityId: string;
  communityName: string;
  areaName: string;
  rank: number | null;
  total: number | null;
  parts: Json<unknown[]>;
}

export type TaskLevel = 'plan' | 'year' | 'month' | 'person';

/** 任务与责任书: one node of the command centre's plan tree. */
export interface TaskNodesTable {
  id: string;
  countyId: string;
  parentId: string | null;
  level: TaskLevel;
  title: string;
  leadUnitId: string;
  responsibleUnitIds: string[];
  cooperatingUnitIds: string[];
  areaId: string | null;
  /** The Beijing day it is due (YYYY-MM-DD). */
  dueOn: string;
  weight: number;
  assigneeId: string | null;
  progress: Generated<number>;
  doneAt: Timestamp | null;
  createdBy: string;
  createdAt: Timestamp;
  /** Raised by every edit, move and withdrawal: each is a conditional update on the version the editor saw (migration 035). */
  version: Generated<number>;
  /** 撤销: the node stays with its reports but counts nowhere. */
  withdrawnAt: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  withdrawnBy: ColumnType<string | null, string | null | undefined, string | null>;
  withdrawReason: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface TaskProgressTable {
  id: string;
  countyId: string;
  taskId: string;
  userId: string;
  percent: number;
  note: string;
  photos: Json<string[]>;
  createdAt: Timestamp;
}

export interface TaskEscalationsTable {
  taskId: string;
  countyId: string;
  areaId: string;
  escalatedAt: Timestamp;
}

export interface TaskLettersTable {
  id: string;
  countyId: string;
  departmentId: string;
  versionId: string;
  userId: string;
  signerNo: number;
  signedAt: Timestamp;
}
