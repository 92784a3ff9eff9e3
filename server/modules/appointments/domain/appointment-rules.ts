import { Actor, holdsRoleIn, isCountyAdmin, ScopeType } from '../../../core/actor';

/** The roles a county gives by invitation, each over one kind of scope. */
export const APPOINTABLE_ROLES = ['admin', 'staff', 'captain', 'handler', 'team_lead', 'inspector', 'station', 'area_lead'] as const;
export type AppointableRole = (typeof APPOINTABLE_ROLES)[number];

export const SCOPE_OF_ROLE: Record<AppointableRole, ScopeType> = {
  admin: 'county',
  inspector: 'county',
  staff: 'community',
  captain: 'building',
  handler: 'department',
  team_lead: 'team',
  station: 'station',
  area_lead: 'area',
};

export const ROLE_LABELS: Record<AppointableRole, string> = {
  admin: '创文办管理员',
  inspector: '督查员',
  staff: '社区工作人员',
  captain: '楼长',
  handler: '责任单位办事员',
  team_lead: '志愿队队长',
  station: '实践站工作人员',
  area_lead: '片区分指挥部',
};

export function isAppointable(role: string): role is AppointableRole {
  return (APPOINTABLE_ROLES as readonly string[]).includes(role);
}

/** A role over a scope, with what is known of the scope: a building's community. */
export interface Post {
  role: AppointableRole;
  scopeId: string;
  /** For a captain's building: the community it stands in. */
  communityId?: string | null;
}

const BEYOND_SCOPE = '您只能任命或撤销自己负责范围内的职务';

/**
 * Who may give (or take back) a post: the county's admins any post in the
 * county; a community's staff its buildings' captains and their fellow staff.
 * Nobody grants beyond their own scope.
 */
export function appointRefusal(actor: Actor, post: Post): string | null {
  if (actor.isMinor) return BEYOND_SCOPE;
  if (isCountyAdmin(actor)) return null;
  if (post.role === 'staff' && holdsRoleIn(actor, 'staff', post.scopeId)) return null;
  if (post.role === 'captain' && post.communityId && holdsRoleIn(actor, 'staff', post.communityId)) return null;
  return BEYOND_SCOPE;
}

/** The county needs someone to run it: the last admin's post cannot be taken away. */
export function lastAdminRefusal(role: string, adminsLeftAfter: number): string | null {
  return role === 'admin' && adminsLeftAfter < 1 ? '至少要保留一位创文办管理员：请先任命另一位，再撤销这一位' : null;
}

export type InvitationState = 'open' | 'accepted' | 'expired' | 'cancelled';

export function invitationState(inv: { acceptedAt: Date | null; cancelledAt: Date | null; expiresAt: Date }, now: Date): InvitationState {
  if (inv.acceptedAt) return 'accepted';
  if (inv.cancelledAt) return 'cancelled';
  return inv.expiresAt.getTime() <= now.getTime() ? 'expired' : 'open';
}

/** Why an invitation cannot be accepted now, in words for the invitee. */
export const CLOSED_MESSAGES: Record<Exclude<InvitationState, 'open'>, string> = {
  accepted: '这个邀请已经有人接受了，请找邀请人重新发一个',
  expired: '这个邀请已过期，请找邀请人重新发一个',
  cancelled: '这个邀请已被邀请人撤回',
};

export const INVITATION_DAYS = 7;
/** A new county's first admin has longer: the claim code may travel by post or meeting. */
export const CLAIM_DAYS = 30;
/** Wrong codes one person may type in a Beijing day (the attempts table's CHECK holds it). */
export const CODE_ATTEMPTS_PER_DAY = 10;
