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
  invite: z.object({ role, scopeId: idField(), note: optionalText(40), householdId: idField().optional() }).strict(),
  /** The invitee sees what they are invited to, by the typed code or the shared link's token. */
  open: z
    .object({ code: code.optional(), token: token.optional() })
    .strict()
    .refine((v) => Boolean(v.code) !== Boolean(v.token), { message: '请输入6位邀请码', path: ['code'] }),
  /** The invitation opened above, with the same code or token as the proof of having it. */
  accept: z
    .object({
      invitationId: idField(),
      secret: z.string().trim().min(6).max(64),
      /** A captain who also lives in the building: their room (when the invitation did not name it already). */
      householdId: idField().optional(),
      /** How they live there; 业主 when not said. */
      relation: z.enum(['owner', 'family', 'tenant'], { errorMap: () => ({ message: '请选择您和这一户的关系' }) }).optional(),
    })
    .strict(),
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
  /** A captain's invitation may name the captain's own room: "1单元 301". */
  homeLabel: string | null;
}

/** A room of the building a captain is invited to, for "我也住在这栋楼". */
export interface RoomOption {
  id: string;
  /** "1单元 301" (a village group's households: the household's name alone). */
  label: string;
  /** Its unit's name ('' for a village group's one unnamed unit) and its room: the page picks the unit first, then the room. */
  unit: string;
  room: string;
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
  /** The room the inviter named for a captain: bound on accepting. */
  homeLabel: string | null;
  /** A captain's open invitation naming no room: the building's rooms, to say "我也住在这栋楼". Empty otherwise. */
  rooms: RoomOption[];
}

export type OpenResult = { found: true; invitation: InvitationPreview } | { found: false; attemptsLeft: number };

export interface AcceptResult {
  roleLabel: string;
  scopeName: string;
  alreadyHeld: boolean;
  /** The home the captain was bound to in the same step ("幸福里社区 2号楼 1单元 301"), or null. */
  boundHome: string | null;
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
