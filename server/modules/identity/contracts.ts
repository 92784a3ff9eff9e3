import { z } from 'zod';
import { idField, noInput, textField } from '../../core/fields';
import type { Role, ScopeType } from '../../core/actor';

export const identityInputs = {
  me: noInput(),
  /** The name (WeChat's nickname field fills it) and, when chosen with WeChat's avatar button, the avatar photo. */
  updateProfile: z.object({ name: textField(20, 2), avatarRef: z.string().trim().min(1).max(300).nullable().optional() }).strict(),
  /** WeChat's phone-number button gives a one-time code; the server asks WeChat for the number. */
  phoneFromWeChat: z.object({ code: z.string().trim().min(1).max(128) }).strict(),
  /** The deployment's counties, for a newcomer to choose from. */
  counties: noInput(),
  /** A newcomer joins the county they chose; someone the server knows stays where they are. */
  join: z.object({ countyId: idField() }).strict(),
};

export interface CountyChoice {
  id: string;
  name: string;
  campaignName: string;
}

export interface Me {
  user: { id: string; name: string; maskedName: string; isMinor: boolean; avatarRef: string | null; phone: string | null };
  county: { id: string; name: string };
  roles: { role: Role; scopeType: ScopeType; scopeId: string; scopeName: string }[];
  household: { id: string; label: string; communityId: string; communityName: string; buildingId: string } | null;
  /** The home asked for and waiting on its captain (a move or a first binding). */
  pendingHousehold: { label: string } | null;
  guardians: { name: string }[];
  wards: { id: string; name: string }[];
}
