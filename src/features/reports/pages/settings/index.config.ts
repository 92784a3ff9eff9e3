export default definePageConfig({
  navigationBarTitleText: '问题类型与分拨',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
