export default definePageConfig({
  navigationBarTitleText: '指挥中心',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
