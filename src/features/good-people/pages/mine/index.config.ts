export default definePageConfig({
  navigationBarTitleText: '我推荐的好人',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
