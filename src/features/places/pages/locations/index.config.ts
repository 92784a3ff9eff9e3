export default definePageConfig({
  navigationBarTitleText: '社区位置',
  enablePullDownRefresh: true,
})
