/**
 * The privacy policy (隐私保护指引) and the user agreement, with the county's
 * name, who runs the app and how to reach them filled in. What is written
 * here is what the app does; keep it true when a feature changes.
 */

export interface LegalParty {
  countyName: string
  operator: string
  contact: string
}

export interface LegalSection {
  title: string
  lines: string[]
}

const who = (p: LegalParty) => p.operator || `${p.countyName || '本县'}创建全国文明城市指挥部办公室`
const reach = (p: LegalParty) => p.contact || '请到所在社区居委会（村委会）联系'

export function privacyPolicy(p: LegalParty): LegalSection[] {
  return [
    { title: '谁在处理您的信息', lines: [`“文明共建”小程序由${who(p)}运营，服务${p.countyName || '本县'}的文明城市创建。个人信息的事，请联系：${reach(p)}。`] },
    {
      title: '我们收集什么、为什么',
      lines: [
        '微信身份（OpenID）：识别您，不收集微信号和好友。',
        '名字和头像：签署公约、推荐家庭和好人时显示；公开时只显示姓氏，如“王**”。头像只在您自己选择时才有。',
        '住户（社区、楼栋、房号）：楼长核实您住在这里，才能收楼栋通知、签居民公约、推荐家庭。',
        '随手拍的照片和位置：把问题交给所在社区和责任单位处理；位置只用于找到问题所在的社区。',
        '志愿者的真实姓名和手机号：只有您的志愿队长和活动组织者能看到，用于活动联系和服务时长证明。手机号可以手动填写，也可以点“用微信绑定的手机号”由微信提供。',
        '孩子的名字和出生年月：只在家长添加孩子时收集，不收集孩子的照片、电话、学校。',
      ],
    },
    {
      title: '谁能看到',
      lines: [
        '匿名反映的随手拍，除系统外任何人都看不到是谁反映的。',
        '孩子推荐的内容，家长同意前不会公开；孩子的名字默认不公开。',
        '社区工作人员、楼长、责任单位只看到办事需要的信息。我们不向任何第三方出售您的信息；要公开的文字会经微信的内容安全检查。',
      ],
    },
    {
      title: '保存多久',
      lines: [
        '创建活动期间保存。注销账号后，您的名字、手机号和微信身份立即删除；公约签署数、投票数、服务时长等统计数字保留，但不再关联到您。',
        '为了打开得快，首页、随手拍、消息、我的会把上次看到的内容留在您的手机上，下次打开先显示、再更新；退出登录、换人登录、注销账号时会清除。',
      ],
    },
    {
      title: '您的权利',
      lines: ['在“我的 → 个人信息与账号”里，您可以查看、保存关于您的全部信息，也可以注销账号。', `其他要求（更正、删除孩子的信息等）请联系：${reach(p)}。`],
    },
    { title: '不满14岁的孩子', lines: ['孩子的信息只由监护人添加，添加前要监护人单独同意本指引中关于孩子的规则。孩子在“孩子模式”里做的事，公开前都要监护人同意。'] },
  ]
}

export function userAgreement(p: LegalParty): LegalSection[] {
  return [
    { title: '这是什么', lines: [`“文明共建”是${p.countyName || '本县'}创建全国文明城市的居民服务小程序，由${who(p)}运营，免费使用。`] },
    {
      title: '请您做到',
      lines: ['反映问题要真实，不拍摄他人隐私，不发布广告和违法内容。', '推荐家庭和好人，要得到对方同意；孩子推荐自己的家，要家长同意。', '投票一人一票，不刷票；发现刷票，票数会被作废。', '积分只能用于本县的兑换和互助，不能买卖。'],
    },
    { title: '我们会做到', lines: ['按时处理您反映的问题，每一步都告诉您。', '按《隐私保护指引》保护您的信息。', `有意见和建议，请联系：${reach(p)}。`] },
    { title: '账号', lines: ['用微信登录即可使用。您可以随时在“我的 → 个人信息与账号”里注销账号。'] },
  ]
}
