export default definePageConfig({
  navigationBarTitleText: '暗访点位',
})
