export default definePageConfig({
  navigationBarTitleText: '推荐家庭',
})
