export default definePageConfig({
  navigationBarTitleText: '好人榜',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  enableShareAppMessage: true,
})
