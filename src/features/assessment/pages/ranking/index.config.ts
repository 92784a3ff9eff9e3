export default definePageConfig({
  navigationBarTitleText: '月度考核排名',
  enablePullDownRefresh: true,
})
