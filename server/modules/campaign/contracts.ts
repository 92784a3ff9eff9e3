import { z } from 'zod';
import { dayField, noInput, optionalText, textField } from '../../core/fields';

export const campaignInputs = {
  summary: noInput(),
  todo: noInput(),
  /** The campaign's settings as its admins edit them. */
  settings: noInput(),
  /** `bannerRef`: a photo the admin uploaded (files.upload), or null for the plain red banner. */
  updateSettings: z
    .object({
      campaignName: textField(40, 4),
      campaignStart: dayField(),
      slogan: optionalText(40),
      bannerRef: z.string().trim().min(1).max(300).nullable(),
      /** who runs the app for the county, and how to reach them: the privacy policy's 运营者 and 联系方式 */
      privacyOperator: optionalText(40),
      privacyContact: optionalText(60),
    })
    .strict(),
};

export interface CampaignSummary {
  countyName: string;
  campaignName: string;
  startDate: string;
  dayNumber: number;
  /** '' when the county has none */
  slogan: string;
  /** the home page's banner photo, or null for the plain red banner */
  bannerRef: string | null;
  /** the privacy policy's 运营者 and 联系方式 ('' until the admin fills them in) */
  privacyOperator: string;
  privacyContact: string;
  figures: { signers: number; shopsPledged: number; householdsBound: number };
}

export interface CampaignSettings {
  countyName: string;
  campaignName: string;
  campaignStart: string;
  slogan: string;
  bannerRef: string | null;
  privacyOperator: string;
  privacyContact: string;
}

export interface TodoItem {
  kind: 'resign' | 'sign' | 'bind' | 'binding_pending' | 'review_bindings';
  title: string;
  path: string;
}
