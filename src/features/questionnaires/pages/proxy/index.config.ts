export default definePageConfig({
  navigationBarTitleText: '帮居民代填问卷',
})
