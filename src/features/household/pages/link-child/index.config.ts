export default definePageConfig({
  navigationBarTitleText: '用自己的微信',
})
