export default definePageConfig({
  navigationBarTitleText: '我找楼长的事',
  enablePullDownRefresh: true,
})
