export default definePageConfig({
  navigationBarTitleText: '我的名字',
})
