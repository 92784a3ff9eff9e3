export default definePageConfig({
  navigationBarTitleText: '孩子模式',
})
