export default definePageConfig({
  navigationBarTitleText: '好人审核',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
