import Taro from '@tarojs/taro'
import { TABS } from './tabs'

/** Page paths in one place. Features link to each other by path, never by import. */
export const ROUTES = {
  home: '/pages/home/index',
  reportHub: '/pages/report/index',
  inbox: '/pages/inbox/index',
  mine: '/pages/mine/index',
  signIn: '/features/auth/pages/sign-in/index',
  household: '/features/household/pages/bind/index',
  children: '/features/household/pages/children/index',
  privacy: '/features/profile/pages/privacy/index',
  privacyPolicy: '/features/legal/pages/privacy/index',
  terms: '/features/legal/pages/terms/index',
  childHome: '/features/household/pages/child-home/index',
  linkChild: '/features/household/pages/link-child/index',
  conventionList: '/features/convention/pages/list/index',
  conventionDetail: '/features/convention/pages/detail/index',
  certificate: '/features/convention/pages/certificate/index',
  conventionHistory: '/features/convention/pages/history/index',
  shopPledge: '/features/shop-pledge/pages/pledge/index',
  myShops: '/features/shop-pledge/pages/my-shops/index',
  captainQueue: '/features/captain/pages/queue/index',
  adminPublish: '/features/admin/pages/publish/index',
  editName: '/features/profile/pages/edit/index',
  invitationAccept: '/features/appointments/pages/accept/index',
  invitationNew: '/features/appointments/pages/invite/index',
  appointments: '/features/appointments/pages/holders/index',
  campaignSettings: '/features/admin/pages/settings/index',
  placesImport: '/features/places/pages/import/index',
  departments: '/features/places/pages/departments/index',
  placesLocations: '/features/places/pages/locations/index',
  communityPlace: '/features/places/pages/community/index',
  stations: '/features/places/pages/stations/index',
  report: '/features/reports/pages/report/index',
  myReports: '/features/reports/pages/mine/index',
  reportDetail: '/features/reports/pages/detail/index',
  reportStaff: '/features/reports/pages/staff/index',
  reportHandler: '/features/reports/pages/handler/index',
  reportCommand: '/features/reports/pages/command/index',
  dashboard: '/features/dashboard/pages/overview/index',
  reportGallery: '/features/reports/pages/gallery/index',
  reportDepartments: '/features/reports/pages/departments/index',
  reportSettings: '/features/reports/pages/settings/index',
  familyCampaign: '/features/families/pages/campaign/index',
  familyPage: '/features/families/pages/family/index',
  familyNominate: '/features/families/pages/nominate/index',
  familyNomination: '/features/families/pages/nomination/index',
  familyConsents: '/features/families/pages/consents/index',
  familyMine: '/features/families/pages/mine/index',
  familyReview: '/features/families/pages/review/index',
  familyAdmin: '/features/families/pages/admin/index',
  familyFlags: '/features/families/pages/flags/index',
  goodPeople: '/features/good-people/pages/gallery/index',
  goodPersonDetail: '/features/good-people/pages/detail/index',
  goodPeopleNominate: '/features/good-people/pages/nominate/index',
  goodPeopleConsent: '/features/good-people/pages/consent/index',
  goodPeopleMine: '/features/good-people/pages/mine/index',
  goodPeopleReview: '/features/good-people/pages/review/index',
  goodPeopleHonours: '/features/good-people/pages/honours/index',
  matterRaise: '/features/matters/pages/raise/index',
  matterMine: '/features/matters/pages/mine/index',
  matterQueue: '/features/matters/pages/queue/index',
  matterDetail: '/features/matters/pages/matter/index',
  noticeList: '/features/notices/pages/list/index',
  noticeDetail: '/features/notices/pages/detail/index',
  noticeManage: '/features/notices/pages/manage/index',
  noticeReceipts: '/features/notices/pages/receipts/index',
  noticePost: '/features/notices/pages/post/index',
  noticeHistory: '/features/notices/pages/history/index',
  activityList: '/features/activities/pages/list/index',
  activityDetail: '/features/activities/pages/detail/index',
  activityCreate: '/features/activities/pages/create/index',
  activityManage: '/features/activities/pages/manage/index',
  volunteerHome: '/features/volunteers/pages/home/index',
  volunteerRegister: '/features/volunteers/pages/register/index',
  volunteerTeams: '/features/volunteers/pages/teams/index',
  volunteerTeam: '/features/volunteers/pages/team/index',
  volunteerMembers: '/features/volunteers/pages/members/index',
  volunteerHours: '/features/volunteers/pages/hours/index',
  volunteerCertificate: '/features/volunteers/pages/certificate/index',
  volunteerLeaderboard: '/features/volunteers/pages/leaderboard/index',
  points: '/features/volunteers/pages/points/index',
  mallList: '/features/mall/pages/list/index',
  mallDetail: '/features/mall/pages/detail/index',
  mallMine: '/features/mall/pages/mine/index',
  mallManage: '/features/mall/pages/manage/index',
  mallPickups: '/features/mall/pages/pickups/index',
  helpPost: '/features/help/pages/post/index',
  helpOpen: '/features/help/pages/open/index',
  helpMine: '/features/help/pages/mine/index',
  helpDetail: '/features/help/pages/detail/index',
  helpDisputes: '/features/help/pages/disputes/index',
  questionnaireList: '/features/questionnaires/pages/list/index',
  questionnaireAnswer: '/features/questionnaires/pages/answer/index',
  questionnaireResults: '/features/questionnaires/pages/results/index',
  questionnaireCreate: '/features/questionnaires/pages/create/index',
  questionnaireProxy: '/features/questionnaires/pages/proxy/index',
  assessmentRanking: '/features/assessment/pages/ranking/index',
  assessmentManage: '/features/assessment/pages/manage/index',
  assessmentWeights: '/features/assessment/pages/weights/index',
  inspectionRounds: '/features/inspections/pages/rounds/index',
  inspectionRound: '/features/inspections/pages/round/index',
  inspectionNewRound: '/features/inspections/pages/new-round/index',
  inspectionChecklist: '/features/inspections/pages/checklist/index',
  inspectionMySites: '/features/inspections/pages/my-sites/index',
  inspectionForm: '/features/inspections/pages/inspect/index',
  bulletins: '/features/inspections/pages/bulletins/index',
  bulletin: '/features/inspections/pages/bulletin/index',
  inspectionSites: '/features/inspections/pages/sites/index',
  taskPlan: '/features/tasks/pages/plan/index',
  taskNew: '/features/tasks/pages/new/index',
  taskMine: '/features/tasks/pages/mine/index',
  task: '/features/tasks/pages/task/index',
  taskBoard: '/features/tasks/pages/board/index',
  taskWeekly: '/features/tasks/pages/weekly/index',
  taskLetter: '/features/tasks/pages/letter/index',
} as const

/** The tab pages, in tab-bar order (src/lib/tabs.ts is the one list). */
export const TAB_PATHS: string[] = TABS.map((t) => `/${t.pagePath}`)

/** Where the 消息 tab sits in the bar: its unread badge is set by this index. */
export const INBOX_TAB_INDEX = TAB_PATHS.indexOf(ROUTES.inbox)

export function withQuery(path: string, query: Record<string, string | number | undefined>): string {
  const q = Object.entries(query)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`)
    .join('&')
  return q ? `${path}?${q}` : path
}

/** Open a page by path: tab pages with switchTab, others with navigateTo. */
export function go(url: string) {
  const path = url.split('?')[0]
  if (TAB_PATHS.includes(path)) return Taro.switchTab({ url: path }).catch(() => undefined)
  // the page stack holds ten pages: past that, replace the current one
  return Taro.navigateTo({ url })
    .catch(() => Taro.redirectTo({ url }))
    .catch(() => undefined)
}
