export default definePageConfig({
  navigationBarTitleText: '楼栋通知管理',
  enablePullDownRefresh: true,
})
