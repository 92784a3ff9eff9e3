export default definePageConfig({
  navigationBarTitleText: '互助争议',
})
