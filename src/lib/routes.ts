import Taro from '@tarojs/taro'

/** Page paths in one place. Features link to each other by path, never by import. */
export const ROUTES = {
  home: '/pages/home/index',
  mine: '/pages/mine/index',
  signIn: '/features/auth/pages/sign-in/index',
  household: '/features/household/pages/bind/index',
  conventionList: '/features/convention/pages/list/index',
  conventionDetail: '/features/convention/pages/detail/index',
  certificate: '/features/convention/pages/certificate/index',
  conventionHistory: '/features/convention/pages/history/index',
  shopPledge: '/features/shop-pledge/pages/pledge/index',
  myShops: '/features/shop-pledge/pages/my-shops/index',
  captainQueue: '/features/captain/pages/queue/index',
  adminPublish: '/features/admin/pages/publish/index',
  editName: '/features/profile/pages/edit/index',
  report: '/features/reports/pages/report/index',
  myReports: '/features/reports/pages/mine/index',
  reportDetail: '/features/reports/pages/detail/index',
  reportStaff: '/features/reports/pages/staff/index',
  reportHandler: '/features/reports/pages/handler/index',
  reportCommand: '/features/reports/pages/command/index',
  reportGallery: '/features/reports/pages/gallery/index',
} as const

export const TAB_PATHS: string[] = [ROUTES.home, ROUTES.mine]

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
