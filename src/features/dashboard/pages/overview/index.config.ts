export default definePageConfig({
  navigationBarTitleText: '全县每日情况',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
