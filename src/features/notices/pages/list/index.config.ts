export default definePageConfig({
  navigationBarTitleText: '楼栋通知',
  enablePullDownRefresh: true,
})
