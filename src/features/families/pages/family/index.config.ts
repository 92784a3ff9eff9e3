export default definePageConfig({
  navigationBarTitleText: '文明家庭',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  enableShareAppMessage: true,
})
