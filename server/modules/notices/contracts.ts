import { z } from 'zod';
import { idField, instant, noInput, optionalText, textField } from '../../core/fields';

export const MAX_NOTICE_IMAGES = 9;

const images = () =>
  z
    .array(z.string().trim().min(1).max(300))
    .max(MAX_NOTICE_IMAGES, { message: `最多${MAX_NOTICE_IMAGES}张图片` })
    .refine((refs) => new Set(refs).size === refs.length, { message: '同一张图片只能放一次' })
    .default([]);

const content = {
  title: textField(40, 2),
  body: textField(2000),
  images: images(),
  pinned: z.boolean().default(false),
  /** After this the notice moves to the archive. */
  endsAt: instant('结束时间'),
};

export const noticesInputs = {
  /** The buildings (with units) the caller may post to. */
  buildings: noInput(),
  /** No unitIds: the whole building. */
  post: z
    .object({
      /** Made with the draft: a retry after a lost answer returns the notice already posted. */
      idempotencyKey: z.string().uuid({ message: '请求编号不对，请重新提交' }).optional(),
      buildingId: idField(),
      unitIds: z.array(idField()).max(50).default([]),
      ...content,
    })
    .strict(),
  edit: z.object({ noticeId: idField(), ...content }).strict(),
  withdraw: z.object({ noticeId: idField(), reason: optionalText(200) }).strict(),
  /** The caller's building's notices for their unit: current, or the archive. */
  forMe: z.object({ archived: z.boolean().default(false) }).strict(),
  /** Opening a notice marks it read for the household; reading it again counts once. */
  read: z.object({ noticeId: idField() }).strict(),
  /** 收到: the household confirms it got the message. */
  acknowledge: z.object({ noticeId: idField() }).strict(),
  /** Notices of the buildings the caller looks after, with receipt counts. */
  managed: noInput(),
  receipts: z.object({ noticeId: idField() }).strict(),
  /** Tells the residents of households that have not read it (once a day). */
  remind: z.object({ noticeId: idField() }).strict(),
  history: z.object({ noticeId: idField() }).strict(),
};

export interface BuildingOption {
  id: string;
  name: string;
  communityName: string;
  units: { id: string; name: string }[];
}

export interface NoticeView {
  id: string;
  buildingId: string;
  buildingName: string;
  title: string;
  body: string;
  images: string[];
  pinned: boolean;
  endsAt: string;
  createdAt: string;
  updatedAt: string;
  status: 'published' | 'withdrawn';
  edited: boolean;
  /** Which units it is for ("全楼" when all). */
  audienceLabel: string;
  /** For a resident: whether their household has read it and said 收到. */
  read: boolean;
  acknowledged: boolean;
}

export interface ManagedNotice extends NoticeView {
  audienceHouseholds: number;
  readHouseholds: number;
  acknowledgedHouseholds: number;
}

export interface ReceiptsView {
  notice: ManagedNotice;
  units: {
    unitId: string;
    unitName: string;
    households: { householdId: string; room: string; bound: boolean; readAt: string | null; acknowledgedAt: string | null }[];
  }[];
}

export interface RevisionView {
  version: number;
  action: 'posted' | 'edited' | 'withdrawn';
  title: string;
  body: string;
  pinned: boolean;
  endsAt: string;
  by: string;
  at: string;
}
