export default definePageConfig({
  navigationBarTitleText: '责任单位',
})
