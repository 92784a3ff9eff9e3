import { z } from 'zod';
import { idField, latitude, longitude, noInput, optionalText, textField } from '../../core/fields';
import { MATTER_KINDS, type MatterKind, type MatterStatus, type MatterStep } from './domain/matter';

export const MAX_MATTER_PHOTOS = 9;
export const MATTER_TEXT_MIN = 5;
export const MATTER_TEXT_MAX = 500;
export const REPLY_MAX = 500;
export const ADDRESS_MAX = 120;

const photos = () =>
  z
    .array(z.string().trim().min(1).max(300))
    .max(MAX_MATTER_PHOTOS, { message: `最多${MAX_MATTER_PHOTOS}张照片` })
    .refine((refs) => new Set(refs).size === refs.length, { message: '同一张照片只能放一次' });

export const mattersInputs = {
  /** A resident bound to a household asks their building's captain for help. */
  raise: z
    .object({
      /** Made with the draft on the phone: a retried raise returns the first matter. */
      idempotencyKey: z.string().uuid({ message: '请求编号不对，请重新提交' }),
      kind: z.enum(MATTER_KINDS, { errorMap: () => ({ message: '请选择是什么事' }) }),
      text: textField(MATTER_TEXT_MAX, MATTER_TEXT_MIN),
      /** Refs that `files.upload` returned to this caller (checked on the server). */
      photos: photos().default([]),
    })
    .strict(),
  /** The caller's own matters, newest first. */
  mine: noInput(),
  /** 楼栋事务: the matters of the buildings the caller looks after — open first, then answered, then the rest. */
  queue: noInput(),
  detail: z.object({ matterId: idField() }).strict(),
  /** The captain (or community staff) replies; the resident is told. */
  answer: z.object({ matterId: idField(), text: textField(REPLY_MAX, 2) }).strict(),
  /** The captain (or community staff) says how it was settled; the resident is told. */
  resolve: z.object({ matterId: idField(), resolution: textField(REPLY_MAX, 2) }).strict(),
  /**
   * The captain (or community staff) turns it into a 随手拍 report for a
   * department: the resident's text and photos, the captain's position, and an
   * address that defaults to the building.
   */
  report: z
    .object({
      matterId: idField(),
      categoryId: idField(),
      latitude: latitude(),
      longitude: longitude(),
      address: optionalText(ADDRESS_MAX),
    })
    .strict(),
};

export interface RaiseResult {
  matterId: string;
  status: MatterStatus;
  /** The same idempotency key was raised before: this is that matter. */
  alreadyRaised: boolean;
}

/** A building matter as the resident who raised it, or the building's captain or staff, see it. */
export interface MatterView {
  id: string;
  kind: MatterKind;
  kindLabel: string;
  text: string;
  photos: string[];
  status: MatterStatus;
  statusLabel: string;
  /** 幸福里社区 1号楼 */
  building: string;
  /** 1单元 301 — the household it was raised from. */
  room: string;
  /** To those who look after the building: the resident's masked name (王**), never the phone; null to the resident. */
  resident: string | null;
  isMine: boolean;
  answer: string | null;
  /** 楼长李桂芳, 社区工作人员孙丽 */
  answeredBy: string | null;
  answeredAt: string | null;
  resolution: string | null;
  resolvedAt: string | null;
  /** The 随手拍 case it became (status reported): the resident follows it in their 随手拍 list. */
  reportId: string | null;
  createdAt: string;
  /** The steps the caller may take now. */
  actions: MatterStep[];
  /** For 转为随手拍: the address the report gets unless the captain writes another. */
  defaultAddress: string | null;
}
