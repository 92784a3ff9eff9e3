export default definePageConfig({
  navigationBarTitleText: '我的暗访点位',
})
