/** Each test starts with empty phone storage (大字模式, form drafts, cookies). */
afterEach(() => {
  window.localStorage.clear()
})
