export default definePageConfig({
  navigationBarTitleText: '月度考核',
  enablePullDownRefresh: true,
})
