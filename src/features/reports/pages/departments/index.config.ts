export default definePageConfig({
  navigationBarTitleText: '各单位办理情况',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
  enableShareAppMessage: true,
})
