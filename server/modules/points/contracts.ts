import { z } from 'zod';
import { idField, noInput } from '../../core/fields';
import { MAX_YEARS, MIN_YEARS } from './domain/expiry';

export const pointsInputs = {
  balance: noInput(),
  /** Older entries, before the entry with this id. */
  history: z.object({ before: idField().optional() }).strict(),
  /** 积分有效期: how many years points last. */
  policy: noInput(),
  setPolicy: z
    .object({
      expiryYears: z
        .number({ invalid_type_error: '请填写年数' })
        .int({ message: '请填写整数年' })
        .min(MIN_YEARS, { message: `积分至少保留${MIN_YEARS}年` })
        .max(MAX_YEARS, { message: `积分最多保留${MAX_YEARS}年` }),
    })
    .strict(),
};

export interface PointsPolicyView {
  expiryYears: number;
}

export interface PointEntryView {
  id: string;
  at: string;
  /** Positive when earned, negative when spent. */
  amount: number;
  kind: string;
  memo: string;
}

export interface BalanceView {
  balance: number;
  entries: PointEntryView[];
  /** the county's 积分有效期: points expire this many years after they were earned */
  expiryYears: number;
}
