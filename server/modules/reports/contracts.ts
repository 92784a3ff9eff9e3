import { z } from 'zod';
import { idField, noInput, textField } from '../../core/fields';

const latitude = () => z.number().finite().min(-90, { message: '位置不对，请重新选择' }).max(90, { message: '位置不对，请重新选择' });
const longitude = () => z.number().finite().min(-180, { message: '位置不对，请重新选择' }).max(180, { message: '位置不对，请重新选择' });

export const MAX_REPORT_PHOTOS = 9;
export const REPORTS_PER_DAY = 20;

export const reportsInputs = {
  categories: noInput(),
  nearby: z.object({ categoryId: idField(), latitude: latitude(), longitude: longitude() }).strict(),
  submit: z
    .object({
      /** Made on the phone when the draft is created: a retried submit returns the first report. */
      idempotencyKey: z.string().uuid({ message: '请求编号不对，请重新提交' }),
      categoryId: idField(),
      description: textField(500, 5),
      latitude: latitude(),
      longitude: longitude(),
      address: textField(120),
      anonymous: z.boolean(),
      /**
       * File refs of the uploaded photos (WeChat cloud fileIDs, or local
       * upload names). For now any non-empty string; checking that the caller
       * uploaded them arrives with the upload port.
       */
      photos: z.array(z.string().trim().min(1).max(200)).min(1, { message: '请至少拍一张照片' }).max(MAX_REPORT_PHOTOS, { message: `最多${MAX_REPORT_PHOTOS}张照片` }),
    })
    .strict(),
  meToo: z.object({ reportId: idField() }).strict(),
  mine: noInput(),
};

export interface ReportCategory {
  id: string;
  name: string;
}

/** An open report near the caller. Never names the reporter. */
export interface NearbyReport {
  id: string;
  category: string;
  address: string;
  /** The first 60 characters. */
  description: string;
  status: string;
  statusLabel: string;
  submittedAt: string;
  followers: number;
  /** Metres, rounded. */
  distance: number;
}

export interface SubmitResult {
  reportId: string;
  status: string;
  /** The same idempotency key was submitted before: this is that report. */
  alreadySubmitted: boolean;
}

export interface MeTooResult {
  followers: number;
}

export interface MyReport {
  id: string;
  category: string;
  address: string;
  status: string;
  statusLabel: string;
  anonymous: boolean;
  submittedAt: string;
}
