export default definePageConfig({
  navigationBarTitleText: '现场督查',
})
