export default definePageConfig({
  navigationBarTitleText: '案件受理',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
