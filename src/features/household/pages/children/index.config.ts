export default definePageConfig({
  navigationBarTitleText: '我的孩子',
  // 转发 a child's link card to the child's own WeChat.
  enableShareAppMessage: true,
})
