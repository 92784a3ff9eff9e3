export default definePageConfig({
  navigationBarTitleText: '通知回执',
  enablePullDownRefresh: true,
})
