export default definePageConfig({
  navigationBarTitleText: '我的店铺',
  enablePullDownRefresh: true,
  backgroundTextStyle: 'dark',
})
