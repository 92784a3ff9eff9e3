export default definePageConfig({
  navigationBarTitleText: '志愿服务排行榜',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  enableShareAppMessage: true,
})
