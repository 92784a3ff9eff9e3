/**
 * Words a county blocks in public text (names, shop signs, reasons, published
 * conventions) when WeChat's own check is not there: the local server, and the
 * cloud functions when msgSecCheck cannot be reached. Kept short on purpose; a
 * county adds its own words here. Matching ignores spaces, separators such as
 * '*' '.' '-' '_', full-width forms and Latin case, so one spelling is enough.
 * Avoid short words that sit inside ordinary ones (大麻 is in 大麻烦).
 */
export const BLOCKED_WORDS: readonly string[] = [
  // gambling
  '赌博',
  '网络赌场',
  '六合彩',
  '百家乐',
  // drugs
  '冰毒',
  '海洛因',
  '摇头丸',
  '卖大麻',
  // fraud and spam
  '代开发票',
  '办假证',
  '刷单返利',
  '裸聊',
  // insults
  '傻逼',
  '脑残',
];
