import { z } from 'zod';
import { noInput } from '../../core/fields';
import type { AssessmentPart } from './domain/parts';
import type { CombinedPart } from './domain/scoring';

export { ASSESSMENT_PARTS, PART_LABELS, DEFAULT_WEIGHTS } from './domain/parts';
export type { AssessmentPart } from './domain/parts';
export type { CombinedPart } from './domain/scoring';

// A campaign month: from 2000 on (an earlier year is a typing slip, and dates before year 100 do not survive Date).
const monthField = () =>
  z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: '请选择月份' })
    .refine((m) => Number(m.slice(0, 4)) >= 2000 && Number(m.slice(0, 4)) <= 2099, { message: '请选择2000年以后的月份' });

export const assessmentInputs = {
  /** The weights now (the admin's, or the defaults). */
  weights: noInput(),
  /** Whole numbers 0–100 for every part, adding up to 100 (checked in domain/scoring.ts, with the reason in Chinese). */
  setWeights: z.object({ weights: z.record(z.string().max(40), z.number({ invalid_type_error: '权重要填数字' })) }).strict(),
  /** The command centre's view of a month: computed now, or frozen once published. */
  preview: z.object({ month: monthField() }).strict(),
  publish: z.object({ month: monthField() }).strict(),
  /** The published ranking (the newest when no month is given): everyone of the county. */
  ranking: z.object({ month: monthField().optional() }).strict(),
};

export interface PartWeight {
  part: AssessmentPart;
  label: string;
  weight: number;
}

export interface WeightsView {
  parts: PartWeight[];
  /** The admin has set them (otherwise the defaults). */
  custom: boolean;
  /** Parts added since the admin last set them (e.g. 任务完成): they count 0 until the admin sets them. */
  added: AssessmentPart[];
}

export interface AssessmentRow {
  communityId: string;
  communityName: string;
  areaName: string;
  /** 1 is best; null for a community with no data that month (listed last). */
  rank: number | null;
  /** 0–100, one decimal; null when no part has data. */
  total: number | null;
  parts: CombinedPart[];
}

export interface AssessmentMonth {
  month: string;
  /** draft: computed from today's data, seen by the command centre only; published: frozen. */
  status: 'draft' | 'published';
  publishedAt: string | null;
  weights: PartWeight[];
  rows: AssessmentRow[];
}

export interface RankingPage {
  /** Published months, newest first. */
  months: string[];
  /** The month asked for (or the newest); null before the first is published. */
  ranking: AssessmentMonth | null;
}
