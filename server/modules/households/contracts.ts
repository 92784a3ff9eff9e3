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

const birthMonth = () =>
  z
    .string()
    .trim()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '出生年月写成 2016-09 这样' });

export const childInputs = {
  /** My children, and the adults of my household who could be their other guardian. */
  children: noInput(),
  /**
   * A child joins the caller's household: a given name and a birth month,
   * nothing more. `guardianConsent` is the guardian's separate, explicit
   * consent to the child's information being processed (PIPL art. 31).
   */
  addChild: z
    .object({
      givenName: z
        .string()
        .trim()
        .min(1, { message: '请填写孩子的名字' })
        .max(8, { message: '名字最多8个字' })
        .regex(/^[\p{Script=Han}A-Za-z·]+$/u, { message: '名字只写汉字或字母，不写数字和符号' }),
      birthMonth: birthMonth(),
      otherGuardianIds: z.array(idField()).max(3).default([]),
      guardianConsent: z.boolean().refine((v) => v, { message: '请先阅读并同意《儿童个人信息保护规则》' }),
    })
    .strict(),
};

const sixDigits = () => z.string().trim().regex(/^\d{6}$/, { message: '号码是6位数字' });

/** A child's own WeChat, linked by a guardian's one-time code. */
export const childLinkInputs = {
  /** A guardian makes the code (a new one replaces the unused one). */
  childLinkCode: z.object({ childId: idField() }).strict(),
  /** The child's phone opens a code: whose child account it is. */
  openChildLink: z.object({ code: sixDigits() }).strict(),
  /** The child's phone becomes the child's account. */
  linkChild: z.object({ linkId: idField(), code: sixDigits() }).strict(),
};

export interface ChildLinkCode {
  childId: string;
  childName: string;
  /** six digits, shown once: only its hash is kept */
  code: string;
  /** the mini-program page the QR and the shared card open */
  path: string;
  expiresAt: string;
}

export type ChildLinkPreview =
  | { found: true; linkId: string; childName: string; guardianName: string; expiresAt: string }
  | { found: false; attemptsLeft: number };

export interface LinkChildResult {
  childName: string;
  /** this phone was linked already (a second tap) */
  alreadyLinked: boolean;
}

export interface ChildItem {
  id: string;
  name: string;
  birthMonth: string | null;
  age: number | null;
  under14: boolean;
  /** a minor still; a child who turned 18 leaves child mode */
  isMinor: boolean;
  hasWeChat: boolean;
}

export interface ChildrenView {
  children: ChildItem[];
  /** the other adults of the caller's household: a child's second guardian is chosen among them */
  adults: { id: string; name: string }[];
  /** why the caller cannot add a child, or '' */
  cannotAdd: string;
}

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
  /** In full: the reviewer must recognise the person. */
  applicantName: string;
  /** The applicant's phone, if they gave one, while the request waits. */
  applicantPhone?: string;
  relation: (typeof RELATIONS)[number];
  requestedAt: string;
  status: BindingStatus;
  reason?: string;
}
