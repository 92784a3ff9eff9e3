export default definePageConfig({
  navigationBarTitleText: '职务与邀请',
  enablePullDownRefresh: true,
})
