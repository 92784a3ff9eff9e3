export default definePageConfig({
  navigationBarTitleText: '文明公约',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
