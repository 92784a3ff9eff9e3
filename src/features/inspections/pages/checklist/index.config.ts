export default definePageConfig({
  navigationBarTitleText: '检查清单',
})
