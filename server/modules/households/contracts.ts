import { z } from 'zod';
import { idField, noInput, optionalText } from '../../core/fields';

export const RELATIONS = ['owner', 'family', 'tenant'] as const;
export const relationLabels: Record<(typeof RELATIONS)[number], string> = {
  owner: '业主',
  family: '家庭成员',
  tenant: '租户',
};

export const householdsInputs = {
  requestBinding: z.object({ householdId: idField(), relation: z.enum(RELATIONS) }).strict(),
  myBinding: noInput(),
  cancelRequest: z.object({ requestId: idField() }).strict(),
  captainQueue: z.object({ status: z.enum(['pending', 'decided']).default('pending') }).strict(),
  decide: z
    .object({
      requestId: idField(),
      decision: z.enum(['approve', 'reject']),
      reason: optionalText(200),
    })
    .strict()
    .refine((v) => v.decision === 'approve' || !!v.reason, {
      message: '拒绝时请写明原因，方便居民修改后重新申请',
      path: ['reason'],
    }),
};

export type BindingStatus = 'pending' | 'approved' | 'rejected' | 'cancelled' | 'left';

export interface Binding {
  requestId: string;
  householdId: string;
  label: string;
  status: BindingStatus;
  relation: (typeof RELATIONS)[number];
  reason?: string;
  requestedAt: string;
  decidedAt?: string;
}

export interface MyBinding {
  current: Binding | null;
  pending: Binding | null;
  lastDecision: Binding | null;
}

export interface QueueItem {
  requestId: string;
  householdLabel: string;
  applicantName: string;
  relation: (typeof RELATIONS)[number];
  requestedAt: string;
  status: BindingStatus;
  reason?: string;
}
