/**
 * The problem types a county starts with, the department that usually fixes
 * each (by its common name) and the usual deadline. A new county gets the
 * types; routing follows once its departments exist (问题类型与分拨).
 */
export const DEFAULT_CATEGORIES: { name: string; department: string; deadlineHours: number }[] = [
  { name: '乱扔垃圾', department: '县城市管理局', deadlineHours: 24 },
  { name: '小广告/乱张贴', department: '县城市管理局', deadlineHours: 24 },
  { name: '违章停车', department: '县公安局交警大队', deadlineHours: 48 },
  { name: '占道经营', department: '县城市管理局', deadlineHours: 24 },
  { name: '杂物堆放', department: '县城市管理局', deadlineHours: 48 },
  { name: '道路破损', department: '县住房和城乡建设局', deadlineHours: 72 },
  { name: '设施损坏（路灯、护栏、公厕）', department: '县城市管理局', deadlineHours: 48 },
  { name: '违章搭建', department: '县住房和城乡建设局', deadlineHours: 72 },
  { name: '交通不文明', department: '县公安局交警大队', deadlineHours: 48 },
  { name: '噪音扰民', department: '县生态环境分局', deadlineHours: 48 },
  { name: '其他', department: '县城市管理局', deadlineHours: 48 },
];
