import { Actor, holdsRoleIn } from '../../core/actor';

/** Where a matter is: its building and the building's community. */
export interface MatterPlace {
  buildingId: string;
  communityId: string;
}

/**
 * In which capacity the caller looks after the matter's building: its captain,
 * or staff of its community; null for everyone else (a captain of another
 * building, any resident — including the one who raised it).
 */
export function managerRole(actor: Actor, place: MatterPlace): 'captain' | 'staff' | null {
  if (holdsRoleIn(actor, 'captain', place.buildingId)) return 'captain';
  if (holdsRoleIn(actor, 'staff', place.communityId)) return 'staff';
  return null;
}

/** Who may look at a matter: whoever raised it (wherever they live now) and those who look after its building. */
export function maySee(actor: Actor, matter: { raisedBy: string }, place: MatterPlace): boolean {
  return matter.raisedBy === actor.userId || managerRole(actor, place) !== null;
}

export const REFUSALS = {
  notBound: '找楼长前，请先绑定您家的住址：到“我的 → 我的家庭 → 绑定住户”选好房号，楼长审核后就能找楼长了',
  notManager: '这件事不在您管理的楼栋，不能处理',
  queue: '只有楼长和社区工作人员可以查看楼栋事务',
  raced: '刚刚有人处理了这件事，请刷新后再看',
};
