export default definePageConfig({
  navigationBarTitleText: '好人事迹',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  enableShareAppMessage: true,
})
