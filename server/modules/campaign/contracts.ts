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
  figures: { signers: number; shopsPledged: number; householdsBound: number };
}

export interface CampaignSettings {
  countyName: string;
  campaignName: string;
  campaignStart: string;
  slogan: string;
  bannerRef: string | null;
}

export interface TodoItem {
  kind: 'resign' | 'sign' | 'bind' | 'review_bindings';
  title: string;
  path: string;
}
