export default definePageConfig({
  navigationBarTitleText: '楼栋事务',
  enablePullDownRefresh: true,
})
