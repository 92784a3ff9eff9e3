export default definePageConfig({
  navigationBarTitleText: '疑似刷票',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
