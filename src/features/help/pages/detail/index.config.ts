export default definePageConfig({
  navigationBarTitleText: '互助需求',
})
