export default definePageConfig({
  navigationBarTitleText: '发布公约新版本',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
