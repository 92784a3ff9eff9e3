export default definePageConfig({
  navigationBarTitleText: '整改晒单',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  enableShareAppMessage: true,
})
