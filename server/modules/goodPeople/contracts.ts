import { z } from 'zod';
import { idField, noInput, optionalText, phoneField, textField } from '../../core/fields';
import { CATEGORY_KEYS } from './domain/categories';

export const STORY_MIN = 50;
const story = () => textField(2000, STORY_MIN).refine((s) => Array.from(s).length >= STORY_MIN, { message: `事迹至少写${STORY_MIN}个字` });
const photos = () =>
  z
    .array(z.string().trim().min(1).max(300))
    .max(9, { message: '最多9张照片' })
    .refine((refs) => new Set(refs).size === refs.length, { message: '同一张照片只能放一次' });

export const goodPeopleInputs = {
  categories: noInput(),
  nominate: z
    .object({
      /** Made with the draft: a retry returns the same nomination (with a fresh code: the first was never seen). */
      idempotencyKey: z.string().uuid({ message: '请求编号不对，请重新提交' }),
      category: z.enum(CATEGORY_KEYS, { errorMap: () => ({ message: '请选择推荐类别' }) }),
      nomineeName: textField(20, 2),
      nomineeContact: phoneField(),
      story: story(),
      photos: photos().default([]),
    })
    .strict(),
  mine: noInput(),
  detail: z.object({ goodPersonId: idField() }).strict(),
  /** The nominee (or, for a minor, their guardian) answers with the code the nominator passed on. */
  /** Whose nomination a code is for, before answering it. */
  lookupCode: z.object({ code: z.string().trim().toUpperCase().length(8, { message: '请输入8位确认码' }) }).strict(),
  consentByCode: z.object({ code: z.string().trim().toUpperCase().length(8, { message: '请输入8位确认码' }), agree: z.boolean() }).strict(),
  /** The consent request the caller was sent in 消息 (the nominee, or a child nominee's guardian). */
  consentRequest: z.object({ goodPersonId: idField() }).strict(),
  /** Its answer: agree to be shown, or decline (no reason asked). */
  answerConsent: z.object({ goodPersonId: idField(), agree: z.boolean() }).strict(),
  /** Staff record the nominee's agreement given in person or by phone (someone without WeChat). */
  confirmConsent: z.object({ goodPersonId: idField(), note: textField(200, 2) }).strict(),
  reviewQueue: noInput(),
  review: z.object({ goodPersonId: idField(), decision: z.enum(['approve', 'changes', 'reject']), reason: optionalText(200) }).strict(),
  revise: z.object({ goodPersonId: idField(), story: story(), photos: photos() }).strict(),
  gallery: z.object({ category: z.enum(CATEGORY_KEYS).optional() }).strict(),
  support: z.object({ goodPersonId: idField() }).strict(),
  award: z.object({ goodPersonId: idField(), year: z.number().int().min(2000).max(2100), title: textField(30, 4) }).strict(),
  honourRoll: noInput(),
  /** The activities where a public good person tells their story (讲述人): upcoming first, then past. */
  events: z.object({ goodPersonId: idField() }).strict(),
  /** 推荐经过: the nomination's steps — to the reviewers, the nominator and the nominee who agreed only. */
  history: z.object({ goodPersonId: idField() }).strict(),
  /** The nominee (or the guardian who agreed for a child) takes back their agreement, or staff do on their behalf with a reason: hidden everywhere again. */
  withdraw: z.object({ goodPersonId: idField(), reason: optionalText(200) }).strict(),
};

export interface GoodPersonCard {
  id: string;
  category: string;
  categoryName: string;
  nomineeName: string;
  story: string;
  photos: string[];
  supports: number;
  supported: boolean;
  titles: { year: number; title: string }[];
}

/** What the nominator, staff and the admin see: the card plus the workflow and the private contact. */
export interface GoodPersonView extends GoodPersonCard {
  status: string;
  statusLabel: string;
  /** Only to the nominator, staff and the admin. */
  nomineeContact: string | null;
  consentVia: string | null;
  /** How staff confirmed the nominee's agreement (e.g. 电话确认). */
  consentNote: string | null;
  reviewNote: string | null;
  createdAt: string;
  actions: ('confirmConsent' | 'review' | 'revise' | 'support' | 'award' | 'withdraw')[];
  /** The caller may read its history (`history`): the reviewers, the nominator, the nominee who agreed. */
  seesHistory: boolean;
}

/** One step of a good person's nomination, oldest first. */
export interface GoodPersonHistoryEntry {
  /** The nomination's version once this step applied (one step per version). */
  version: number;
  type: 'submitted' | 'consent_given' | 'consent_refused' | 'revised' | 'reviewed' | 'awarded' | 'consent_withdrawn' | 'withdrawn';
  /** What happened, in words (本人用确认码同意公开, 审核通过，公开展示 …). */
  label: string;
  at: string;
  /** Who, as the caller may know them: names to the reviewers; the nominator reads 被推荐人本人 and the community; 已注销用户 after 注销. */
  by: string;
  decision: 'approve' | 'changes' | 'reject' | null;
  /** The reviewer's reason; how staff confirmed the agreement or why they took the story down. */
  note: string | null;
  /** The title an `awarded` step gave. */
  award: { year: number; title: string } | null;
  /** SHA-256 (hex) of what would be published at this version (name, category, story, photos): what a consent covers. */
  contentHash: string;
}

/** A consent request in 消息, as the person asked reads it: what would be published, never the contact or the nominator. */
export interface ConsentRequest {
  goodPersonId: string;
  nomineeName: string;
  category: string;
  categoryName: string;
  story: string;
  photos: string[];
  /** Asked as a child nominee's guardian (the request speaks of "您的孩子"). */
  asGuardian: boolean;
  /** Still waiting for an answer (from anyone: the code or staff may have settled it). */
  waiting: boolean;
  /** The caller's own answer, once given and while it stands. */
  myAnswer: 'agreed' | 'declined' | null;
}

/** After a revision that needs the nominee's consent again: the nomination as the nominator sees it, and the new code to pass on. */
export interface ReviseResult extends GoodPersonView {
  /** A fresh one-time code (the old one no longer works): shown once, as after 推荐. */
  consentCode: string;
}

export interface NominateResult {
  goodPersonId: string;
  /**
   * Pass it to the nominee: they open the app, enter it and agree (shown once; only its hash is kept).
   * Always given — also when the nominee was asked in 消息 — so that the answer never tells the
   * nominator whether the number belongs to someone who uses the app.
   */
  consentCode: string;
}

export interface HonourYear {
  year: number;
  people: { goodPersonId: string; nomineeName: string; categoryName: string; title: string }[];
}

/** An activity where the good person tells their story; the client links to the activity's page by its id. */
export interface GoodPersonEvent {
  activityId: string;
  title: string;
  organiser: string;
  placeName: string;
  startsAt: string;
  endsAt: string;
}

export interface GoodPersonEvents {
  /** Not over yet, soonest first. */
  upcoming: GoodPersonEvent[];
  /** Over, latest first. */
  past: GoodPersonEvent[];
}
