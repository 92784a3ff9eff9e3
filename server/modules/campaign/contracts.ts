import { z } from 'zod';
import { dayField, noInput, optionalText, textField } from '../../core/fields';

export const campaignInputs = {
  summary: noInput(),
  todo: noInput(),
  /** 工作台: what waits for each working role the caller holds. */
  workbench: noInput(),
  /** 首页 in one answer: the banner and figures, the to-do, the 工作台 and the 楼栋通知 card. */
  home: noInput(),
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
  /** what 首页 names when it is shared (a newcomer joins this county) */
  countyId: string;
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
  kind: 'resign' | 'sign' | 'bind' | 'binding_pending' | 'review_bindings' | 'family_consent' | 'questionnaire';
  title: string;
  path: string;
}

/** 首页's 楼栋通知 card: how many of the building's notices are unread, and the first unread one's title. */
export interface NoticesSummary {
  unread: number;
  /** '' when everything is read */
  firstTitle: string;
}

/**
 * 首页 in one answer (campaign.home): one cloud function, one cold start and
 * one render, instead of one of each for every card.
 */
export interface HomeView {
  summary: CampaignSummary;
  todo: TodoItem[];
  /** none for a resident or a child */
  desks: WorkbenchDesk[];
  /** null for someone with no home (the to-do asks them to bind) and for a child */
  notices: NoticesSummary | null;
}

/** One queue of a working role: how many wait (null: a tool, nothing counted) and where it opens. */
export interface WorkbenchTile {
  key: string;
  label: string;
  count: number | null;
  path: string;
}

/** The tools of one working role the caller holds, with where it holds it. */
export interface WorkbenchDesk {
  role: 'captain' | 'staff' | 'handler' | 'team_lead' | 'station' | 'inspector' | 'area_lead' | 'admin';
  title: string;
  tiles: WorkbenchTile[];
}
