import { TAB_BAR_COLORS, TABS, tabIconPath } from './lib/tabs'

export default defineAppConfig({
  // Tab pages only, in the main package (home first: it opens the app).
  pages: TABS.map((t) => t.pagePath),
  // One subpackage per feature; a feature never imports another feature.
  subPackages: [
    { root: 'features/mall', pages: ['pages/list/index', 'pages/detail/index', 'pages/mine/index', 'pages/manage/index', 'pages/pickups/index'] },
    { root: 'features/help', pages: ['pages/mine/index', 'pages/open/index', 'pages/post/index', 'pages/detail/index', 'pages/disputes/index'] },
    { root: 'features/auth', pages: ['pages/sign-in/index'] },
    { root: 'features/dashboard', pages: ['pages/overview/index'] },
    {
      root: 'features/inspections',
      pages: ['pages/rounds/index', 'pages/round/index', 'pages/new-round/index', 'pages/checklist/index', 'pages/my-sites/index', 'pages/inspect/index', 'pages/bulletins/index', 'pages/bulletin/index', 'pages/sites/index'],
    },
    { root: 'features/tasks', pages: ['pages/plan/index', 'pages/new/index', 'pages/mine/index', 'pages/task/index', 'pages/board/index', 'pages/weekly/index', 'pages/letter/index'] },
    { root: 'features/household', pages: ['pages/bind/index', 'pages/children/index', 'pages/child-home/index', 'pages/link-child/index'] },
    {
      root: 'features/convention',
      pages: ['pages/list/index', 'pages/detail/index', 'pages/certificate/index', 'pages/history/index'],
    },
    { root: 'features/shop-pledge', pages: ['pages/pledge/index', 'pages/my-shops/index'] },
    { root: 'features/captain', pages: ['pages/queue/index'] },
    { root: 'features/admin', pages: ['pages/publish/index', 'pages/settings/index'] },
    { root: 'features/profile', pages: ['pages/edit/index', 'pages/privacy/index'] },
    { root: 'features/legal', pages: ['pages/privacy/index', 'pages/terms/index'] },
    { root: 'features/appointments', pages: ['pages/accept/index', 'pages/invite/index', 'pages/holders/index'] },
    { root: 'features/places', pages: ['pages/import/index', 'pages/departments/index', 'pages/locations/index', 'pages/community/index', 'pages/stations/index'] },
    {
      root: 'features/reports',
      pages: [
        'pages/report/index',
        'pages/mine/index',
        'pages/departments/index',
        'pages/detail/index',
        'pages/staff/index',
        'pages/handler/index',
        'pages/command/index',
        'pages/gallery/index',
        'pages/settings/index',
      ],
    },
    {
      root: 'features/families',
      pages: [
        'pages/campaign/index',
        'pages/family/index',
        'pages/nominate/index',
        'pages/nomination/index',
        'pages/consents/index',
        'pages/mine/index',
        'pages/review/index',
        'pages/admin/index',
        'pages/flags/index',
      ],
    },
    {
      root: 'features/good-people',
      pages: [
        'pages/gallery/index',
        'pages/detail/index',
        'pages/nominate/index',
        'pages/consent/index',
        'pages/mine/index',
        'pages/review/index',
        'pages/honours/index',
      ],
    },
    { root: 'features/matters', pages: ['pages/raise/index', 'pages/mine/index', 'pages/queue/index', 'pages/matter/index'] },
    {
      root: 'features/notices',
      pages: ['pages/list/index', 'pages/detail/index', 'pages/manage/index', 'pages/receipts/index', 'pages/post/index', 'pages/history/index'],
    },
    {
      root: 'features/activities',
      pages: ['pages/list/index', 'pages/detail/index', 'pages/create/index', 'pages/manage/index'],
    },
    {
      root: 'features/volunteers',
      pages: [
        'pages/home/index',
        'pages/register/index',
        'pages/teams/index',
        'pages/team/index',
        'pages/members/index',
        'pages/hours/index',
        'pages/certificate/index',
        'pages/leaderboard/index',
        'pages/points/index',
      ],
    },
    { root: 'features/questionnaires', pages: ['pages/list/index', 'pages/answer/index', 'pages/results/index', 'pages/create/index', 'pages/proxy/index'] },
    { root: 'features/assessment', pages: ['pages/ranking/index', 'pages/manage/index', 'pages/weights/index'] },
  ],
  window: {
    navigationBarBackgroundColor: '#C8161D',
    navigationBarTitleText: '文明共建',
    navigationBarTextStyle: 'white',
    // Also draws Taro's title bar with back and home buttons in H5, where there is no WeChat chrome.
    navigationStyle: 'default',
    backgroundColor: '#F4F2EE',
    backgroundTextStyle: 'dark',
  },
  tabBar: {
    // WeChat draws its tab bar's labels at a size nobody can change (10px, also in 大字模式): the mini-program
    // draws its own (src/custom-tab-bar). H5 keeps Taro's bar, which would vanish with `custom` on.
    custom: process.env.TARO_ENV === 'weapp',
    ...TAB_BAR_COLORS,
    list: TABS.map((t) => ({
      pagePath: t.pagePath,
      text: t.text,
      iconPath: tabIconPath(t.icon, false),
      selectedIconPath: tabIconPath(t.icon, true),
    })),
  },
  // weapp: the 随手拍 page offers the map's location picker (chooseLocation), or the phone's position.
  requiredPrivateInfos: ['chooseLocation', 'getLocation'],
  permission: {
    'scope.userLocation': { desc: '随手拍需要知道问题发生的位置；活动签到需要确认您在活动现场' },
  },
  lazyCodeLoading: 'requiredComponents',
  // WeChat sends its privacy question (onNeedPrivacyAuthorization) to the app's own sheet; see docs/wechat-privacy.md.
  ...({ __usePrivacyCheck__: true } as Record<string, unknown>),
})
