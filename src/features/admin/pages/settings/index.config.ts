export default definePageConfig({
  navigationBarTitleText: '创文设置',
})
