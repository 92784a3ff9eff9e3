export default definePageConfig({
  navigationBarTitleText: '确认推荐',
})
