export default definePageConfig({
  navigationBarTitleText: '互助大厅',
})
