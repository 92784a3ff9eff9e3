export default definePageConfig({
  navigationBarTitleText: '新建暗访',
})
