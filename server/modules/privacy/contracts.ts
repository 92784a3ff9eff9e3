import { z } from 'zod';
import { noInput } from '../../core/fields';
import { PURPOSE_KEYS, type ConsentPurpose } from './domain/consent-purposes';

export const privacyInputs = {
  /** 个人信息查阅/复制: what the county holds about the caller. */
  myData: noInput(),
  /** 注销账号: typed confirmation, so that a stray tap cannot do it. */
  deleteAccount: z.object({ confirm: z.string().refine((v) => v.trim() === '注销', { message: '请输入“注销”两个字确认' }) }).strict(),
  /** The separate consents (precise location, a volunteer's identity): their words and whether the caller gave them. */
  consents: noInput(),
  consent: z.object({ purpose: z.enum(PURPOSE_KEYS, { errorMap: () => ({ message: '没有这项同意' }) }) }).strict(),
  withdrawConsent: z.object({ purpose: z.enum(PURPOSE_KEYS, { errorMap: () => ({ message: '没有这项同意' }) }) }).strict(),
};

export interface ConsentView {
  purpose: ConsentPurpose;
  title: string;
  text: string;
  withdrawable: boolean;
  given: boolean;
  givenAt: string | null;
}

export interface MyData {
  profile: { name: string; phone: string | null; joinedAt: string; roles: string[] };
  household: { label: string; community: string } | null;
  children: { name: string; birthMonth: string | null }[];
  pledges: { title: string; version: number; signerNo: number; signedAt: string }[];
  reports: { category: string; description: string; address: string; status: string; submittedAt: string; anonymous: boolean }[];
  familyNominations: { displayName: string; status: string; createdAt: string }[];
  familyVotes: number;
  volunteer: { realName: string; phone: string; hours: number } | null;
  points: number;
  consents: { purpose: ConsentPurpose; title: string; givenAt: string; withdrawnAt: string | null }[];
}
