export default definePageConfig({
  navigationBarTitleText: '志愿队伍',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  enableShareAppMessage: true,
})
