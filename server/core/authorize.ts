import { Actor, isCountyAdmin, Role } from './actor';

/**
 * Who may call an action at all: one style for every module. Each action
 * names a policy in its handler (`authorize`), and the dispatcher asks it after
 * the input is parsed and before anything else happens, so an action cannot
 * ship without one and a refused caller never reaches a transaction. Finer
 * rules on the subject (this building, that community's report) stay in the
 * use case, where the subject is loaded.
 */
export interface Policy<I = unknown> {
  /** How the access table (test/server/authorization/access-table.ts) names it. */
  readonly name: string;
  /** Whether this caller may call the action; `actor` is null only for a newcomer action's unknown caller. */
  allows(actor: Actor | null, input: I): boolean;
  /** What the refused person reads. */
  readonly refusal: string;
}

const holds = (actor: Actor | null, roles: readonly Role[]) => !!actor && actor.roles.some((g) => roles.includes(g.role));

/** Any person of the county: a resident, a child, any role. Reads of public things and a person's own affairs. */
export const anyone: Policy = {
  name: 'anyone',
  allows: (actor) => actor !== null,
  refusal: '请先进入文明共建',
};

/** Any person of the county but a child: what needs an adult's own decision (contact data, commitments). */
export const adults: Policy = {
  name: 'adults',
  allows: (actor) => actor !== null && !actor.isMinor,
  refusal: '这件事需要家长来办',
};

/**
 * No contact data from a minor (PIPL art. 31 for the under-14s; for 14–17
 * data minimisation: nothing a minor may do here needs a phone, volunteering
 * refuses minors, a minor's good-person consent goes to their guardians). The
 * gate refuses every action that collects a phone, on a child's own WeChat and
 * in child mode alike, with this message and FORBIDDEN.
 */
export const NO_CONTACT_FROM_MINORS = '未成年人不用留手机号等联系方式：需要联系时，我们会联系你的家长';

/** Adults only, refused with NO_CONTACT_FROM_MINORS: actions that collect a phone. */
export const contactFromAdults: Policy = { ...adults, refusal: NO_CONTACT_FROM_MINORS };

/** A WeChat user the server may not know yet (opening an invitation, claiming a county). */
export const newcomers: Policy = {
  name: 'newcomers',
  allows: () => true,
  refusal: '',
};

/** The county's command centre only. */
export const countyAdmin: Policy = {
  name: 'admin',
  allows: (actor) => !!actor && isCountyAdmin(actor),
  refusal: '只有创文办可以做这件事',
};

const ROLE_NAMES: Record<Role, string> = {
  resident: '居民',
  minor: '少年儿童',
  captain: '楼长',
  volunteer: '志愿者',
  team_lead: '志愿队队长',
  staff: '社区工作人员',
  handler: '责任单位',
  admin: '创文办',
  inspector: '督查员',
  station: '实践站工作人员',
  area_lead: '片区分指挥部',
};

/** Whoever holds one of these roles, in any scope; the use case then checks the scope against the subject. */
export function withRole(...roles: Role[]): Policy {
  return {
    name: roles.join('|'),
    allows: (actor) => holds(actor, roles),
    refusal: `只有${roles.map((r) => ROLE_NAMES[r]).join('、')}可以做这件事`,
  };
}

/** The same policy, with the refusal this action's people should read. */
export function refusing<I>(policy: Policy<I>, refusal: string): Policy<I> {
  return { ...policy, refusal };
}
