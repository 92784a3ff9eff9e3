export default definePageConfig({
  navigationBarTitleText: '公约全文',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
