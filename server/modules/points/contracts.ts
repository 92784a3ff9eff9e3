import { z } from 'zod';
import { idField, noInput } from '../../core/fields';

export const pointsInputs = {
  balance: noInput(),
  /** Older entries, before the entry with this id. */
  history: z.object({ before: idField().optional() }).strict(),
};

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
}
