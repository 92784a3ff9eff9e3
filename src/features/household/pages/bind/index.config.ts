export default definePageConfig({
  navigationBarTitleText: '绑定住户',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
