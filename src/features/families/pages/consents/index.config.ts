export default definePageConfig({
  navigationBarTitleText: '家长确认',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
