import { z } from 'zod';
import { idField, noInput, optionalText, textField } from '../../core/fields';
import type { ScopeType } from '../../core/actor';
import { APPOINTABLE_ROLES, type AppointableRole, type InvitationState } from './domain/appointment-rules';

export type { AppointableRole, InvitationState };

const role = z.enum(APPOINTABLE_ROLES, { errorMap: () => ({ message: '请选择要任命的职务' }) });
const code = z.string().trim().regex(/^\d{6}$/, { message: '邀请码是6位数字' });
const token = z.string().trim().min(20, { message: '邀请链接不完整' }).max(64, { message: '邀请链接不对' });

export const appointmentsInputs = {
  /** What the caller may appoint, and where (buildings are read with places.buildings). */
  options: noInput(),
  /** A role over a scope (the scope's kind follows the role), for whoever opens it first. */
  invite: z.object({ role, scopeId: idField(), note: optionalText(40) }).strict(),
  /** The invitee sees what they are invited to, by the typed code or the shared link's token. */
  open: z
    .object({ code: code.optional(), token: token.optional() })
    .strict()
    .refine((v) => Boolean(v.code) !== Boolean(v.token), { message: '请输入6位邀请码', path: ['code'] }),
  /** The invitation opened above, with the same code or token as the proof of having it. */
  accept: z.object({ invitationId: idField(), secret: z.string().trim().min(6).max(64) }).strict(),
  /** Who holds which post in the caller's scope, and the invitations still open. */
  holders: noInput(),
  revoke: z.object({ grantId: idField(), reason: textField(100, 2) }).strict(),
  cancel: z.object({ invitationId: idField() }).strict(),
  /** The invitation as a 小程序码 (WeChat's camera opens it), for its inviter or an admin. */
  miniProgramCode: z.object({ invitationId: idField() }).strict(),
};

export interface ScopeOption {
  id: string;
  name: string;
}

export interface AppointOptions {
  roles: { role: AppointableRole; label: string; scopeType: ScopeType }[];
  /** The county itself (admin, inspector), the communities (staff, and the buildings of captains), departments and teams. */
  county: ScopeOption | null;
  communities: ScopeOption[];
  departments: ScopeOption[];
  teams: ScopeOption[];
  /** Practice stations (station staff). */
  stations: ScopeOption[];
  /** The areas (片区: their sub-commands). */
  areas: ScopeOption[];
}

/** An invitation as its inviter (or an admin) sees it: with the code and the link to share. */
export interface InvitationView {
  id: string;
  role: AppointableRole;
  roleLabel: string;
  scopeName: string;
  note: string;
  code: string;
  path: string;
  expiresAt: string;
  state: InvitationState;
  createdBy: string;
}

/** An invitation as the invitee sees it before accepting. */
export interface InvitationPreview {
  id: string;
  roleLabel: string;
  scopeName: string;
  countyName: string;
  invitedBy: string;
  note: string;
  expiresAt: string;
  state: InvitationState;
  /** The caller took it already (a second tap, another device). */
  acceptedByYou: boolean;
  /** Why the caller cannot take it (another county, a child's account), or null. */
  blockedBecause: string | null;
}

export type OpenResult = { found: true; invitation: InvitationPreview } | { found: false; attemptsLeft: number };

export interface AcceptResult {
  roleLabel: string;
  scopeName: string;
  alreadyHeld: boolean;
}

export interface Holder {
  grantId: string;
  userName: string;
  role: AppointableRole;
  roleLabel: string;
  scopeName: string;
  since: string;
  /** The caller may revoke it (their scope, not the last admin). */
  canRevoke: boolean;
}

export interface HoldersView {
  holders: Holder[];
  invitations: InvitationView[];
}
