export default definePageConfig({
  navigationBarTitleText: '目标责任书',
})
