import { z } from 'zod';
import { noInput, textField } from '../../core/fields';
import type { Role, ScopeType } from '../../core/actor';

export const identityInputs = {
  me: noInput(),
  updateProfile: z.object({ name: textField(20, 2) }).strict(),
};

export interface Me {
  user: { id: string; name: string; maskedName: string; isMinor: boolean };
  county: { id: string; name: string };
  roles: { role: Role; scopeType: ScopeType; scopeId: string; scopeName: string }[];
  household: { id: string; label: string; communityId: string; communityName: string; buildingId: string } | null;
  guardians: { name: string }[];
  wards: { id: string; name: string }[];
}
