export default definePageConfig({
  navigationBarTitleText: '确认家庭推荐',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
