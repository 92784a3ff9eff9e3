export default definePageConfig({
  navigationBarTitleText: '这轮督查',
})
