export default definePageConfig({
  navigationBarTitleText: '门前六包',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
