export default definePageConfig({
  navigationBarTitleText: '找楼长',
})
