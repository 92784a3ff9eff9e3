/** Chinese words for the codes the API uses. Nothing on screen shows a code. */

export const ROLE_LABELS: Record<string, string> = {
  resident: '居民',
  minor: '少年儿童',
  captain: '楼长',
  volunteer: '志愿者',
  team_lead: '志愿队长',
  staff: '社区工作人员',
  handler: '责任单位',
  admin: '创文办',
  inspector: '督查员',
  station: '实践站工作人员',
  area_lead: '片区分指挥部',
}

export const RELATION_LABELS: Record<string, string> = {
  owner: '业主',
  family: '家庭成员',
  tenant: '租户',
}

export const CONVENTION_KIND_LABELS: Record<string, string> = {
  civic: '市民文明公约',
  residents: '居民文明公约',
  shop: '门前六包',
  responsibility: '目标责任书',
}

export const BINDING_STATUS_LABELS: Record<string, string> = {
  pending: '等待楼长审核',
  approved: '已通过',
  rejected: '未通过',
  cancelled: '已撤回',
}

export function roleLabel(role: string): string {
  return ROLE_LABELS[role] ?? '成员'
}

export function relationLabel(relation: string): string {
  return RELATION_LABELS[relation] ?? '住户'
}
