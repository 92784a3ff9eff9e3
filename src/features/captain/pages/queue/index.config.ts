export default definePageConfig({
  navigationBarTitleText: '住户绑定审核',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
