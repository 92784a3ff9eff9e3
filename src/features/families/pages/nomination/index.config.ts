export default definePageConfig({
  navigationBarTitleText: '家庭推荐',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
