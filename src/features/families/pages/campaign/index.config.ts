export default definePageConfig({
  navigationBarTitleText: '文明家庭评选',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  enableShareAppMessage: true,
})
