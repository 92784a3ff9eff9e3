export default definePageConfig({
  navigationBarTitleText: '邀请任职',
  enableShareAppMessage: true,
})
