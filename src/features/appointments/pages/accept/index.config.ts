export default definePageConfig({
  navigationBarTitleText: '职务邀请',
})
