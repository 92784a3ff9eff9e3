export default definePageConfig({
  navigationBarTitleText: '任务与责任书',
})
