import { z } from 'zod';
import { idField, latitude, longitude, noInput, optionalText, textField } from '../../core/fields';

/** 点位类型: what kind of place a site is; each has its own checklist. */
export const SITE_TYPES = ['农贸市场', '背街小巷', '公共厕所', '学校周边', '公园广场', '商业大街', '小区', '窗口单位'] as const;
export type SiteType = (typeof SITE_TYPES)[number];
export const ROUND_KINDS = ['quarterly', 'ad_hoc'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];
export const ROUND_KIND_LABELS: Record<RoundKind, string> = { quarterly: '季度暗访', ad_hoc: '专项暗访' };
export const MAX_ITEMS = 60;
export const MAX_SITES_PER_ROUND = 200;
/** Hours the responsible unit has to rectify a finding, unless the round says otherwise (限时督促). */
export const DEFAULT_FIX_HOURS = 72;

const siteType = z.enum(SITE_TYPES, { errorMap: () => ({ message: '请选择点位类型' }) });
const whole = (label: string, min: number, max: number) =>
  z.number({ invalid_type_error: `请填写${label}` }).int({ message: `${label}要填整数` }).min(min, { message: `${label}至少${min}` }).max(max, { message: `${label}不能超过${max}` });
const photoRef = z.string().trim().min(1).max(300);

export const checklistItemSchema = z
  .object({
    title: textField(60, 2),
    /** What counts as a pass (达标标准). */
    standard: textField(200, 2),
    points: whole('分值', 1, 100),
  })
  .strict();

export const inspectionInputs = {
  /** The current checklist of every site type (the admin's list). */
  checklists: noInput(),
  /** One site type's current checklist with its items. */
  checklist: z.object({ siteType }).strict(),
  /** Saves a new version of a site type's checklist; inspections already made keep theirs. */
  saveChecklist: z.object({ siteType, title: textField(40, 2), items: z.array(checklistItemSchema).min(1, { message: '至少要有一项检查内容' }).max(MAX_ITEMS) }).strict(),
  sites: noInput(),
  addSite: z
    .object({
      name: textField(40, 2),
      siteType,
      communityId: idField(),
      departmentId: idField(),
      address: textField(100, 2),
      latitude: latitude(),
      longitude: longitude(),
    })
    .strict(),
  /** 修改 a site: what it is and where, onto the version the admin saw; rounds and bulletins already made keep the site as it was inspected. */
  editSite: z
    .object({
      siteId: idField(),
      /** The version the admin saw: CONFLICT when someone else changed the site since. */
      version: whole('版本', 1, 1_000_000),
      name: textField(40, 2),
      siteType,
      communityId: idField(),
      departmentId: idField(),
      address: textField(100, 2),
      latitude: latitude(),
      longitude: longitude(),
    })
    .strict(),
  /** 停用 a site (never sampled or picked into a new round; rounds that had it keep it), or 恢复 it. */
  retireSite: z.object({ siteId: idField(), retired: z.boolean({ invalid_type_error: '请说明是停用还是恢复' }) }).strict(),
  /** The county's inspectors (督查员), to put in teams. */
  inspectors: noInput(),
  /**
   * A round: the sites picked by hand, or drawn at random from the chosen
   * types and areas; each team (one or two inspectors) gets its share.
   */
  createRound: z
    .object({
      title: textField(40, 2),
      kind: z.enum(ROUND_KINDS),
      fixHours: whole('整改时限（小时）', 1, 2160).default(DEFAULT_FIX_HOURS),
      siteIds: z.array(idField()).max(MAX_SITES_PER_ROUND).optional(),
      sample: z
        .object({ siteTypes: z.array(siteType).max(SITE_TYPES.length).default([]), areaIds: z.array(idField()).max(50).default([]), count: whole('抽取点位数', 1, MAX_SITES_PER_ROUND) })
        .strict()
        .optional(),
      teams: z.array(z.array(idField()).min(1, { message: '每组至少一名督查员' }).max(2, { message: '每组最多两名督查员' })).min(1, { message: '请安排督查员' }).max(50),
    })
    .strict()
    .refine((r) => (r.siteIds && r.siteIds.length > 0) !== !!r.sample, { message: '请挑选点位，或者设置随机抽取', path: ['siteIds'] }),
  rounds: noInput(),
  round: z.object({ roundId: idField() }).strict(),
  publish: z.object({ roundId: idField() }).strict(),
  /** The inspector's sites in rounds not yet published: to visit, and visited. */
  mySites: noInput(),
  /** What the inspector fills in at a site: its checklist now. */
  siteForm: z.object({ roundId: idField(), siteId: idField() }).strict(),
  submit: z
    .object({
      roundId: idField(),
      siteId: idField(),
      /** The version the form showed. */
      checklistId: idField(),
      latitude: latitude().optional(),
      longitude: longitude().optional(),
      items: z
        .array(z.object({ sort: whole('序号', 0, MAX_ITEMS), passed: z.boolean(), note: optionalText(200), photo: photoRef.optional() }).strict())
        .min(1)
        .max(MAX_ITEMS),
    })
    .strict(),
  /** 复查: a failed item found rectified; its case is closed. */
  recheck: z.object({ inspectionId: idField(), sort: whole('序号', 0, MAX_ITEMS) }).strict(),
  /** 复查未通过: what is still wrong, with at least one photo of it. */
  recheckFailed: z
    .object({
      inspectionId: idField(),
      sort: whole('序号', 0, MAX_ITEMS),
      reason: textField(200, 2),
      photos: z.array(photoRef).min(1, '请拍一张仍未整改的照片').max(3, '最多3张照片'),
    })
    .strict(),
  /** Published bulletins, newest first. */
  bulletins: noInput(),
  bulletin: z.object({ roundId: idField() }).strict(),
};

export interface ChecklistItem {
  sort: number;
  title: string;
  standard: string;
  points: number;
}

export interface ChecklistView {
  id: string;
  siteType: SiteType;
  title: string;
  version: number;
  createdAt: string;
  items: ChecklistItem[];
  maxScore: number;
}

export interface ChecklistSummary {
  siteType: SiteType;
  id: string | null;
  title: string | null;
  version: number | null;
  itemCount: number;
  maxScore: number;
}

/** What an edit made on a version someone else changed since is told (CONFLICT); the page offers to reload. */
export const SITE_CHANGED_ELSEWHERE = '这个点位刚被别人改过，请刷新后再改';

export interface SiteView {
  id: string;
  name: string;
  siteType: SiteType;
  communityId: string;
  community: string;
  areaId: string;
  area: string;
  departmentId: string;
  department: string;
  address: string;
  /** Where the site is registered: the form's place when the phone cannot tell its own. */
  latitude: number;
  longitude: number;
  /** 已停用: kept for the rounds that had it, never put in a new one. */
  retired: boolean;
  /** The version an edit is written onto (raised by every edit); 0 on a site as it was inspected (a bulletin's copy). */
  version: number;
}

export interface InspectorOption {
  userId: string;
  name: string;
}

export type RoundStatus = 'open' | 'published';

export interface RoundSummary {
  id: string;
  title: string;
  kind: RoundKind;
  kindLabel: string;
  status: RoundStatus;
  createdAt: string;
  publishedAt: string | null;
  sites: number;
  inspected: number;
}

export interface RoundSiteView {
  site: SiteView;
  inspectors: string[];
  inspection: { id: string; score: number; maxScore: number; rate: number; failed: number; submittedAt: string } | null;
}

export interface RoundView extends RoundSummary {
  fixHours: number;
  assignments: RoundSiteView[];
}

export interface MySite {
  roundId: string;
  roundTitle: string;
  site: SiteView;
  /** Who else is in the team. */
  partners: string[];
  inspection: { id: string; score: number; maxScore: number; submittedAt: string; findings: { sort: number; title: string; reportId: string; rechecked: boolean }[] } | null;
}

export interface SiteForm {
  roundId: string;
  roundTitle: string;
  site: SiteView;
  checklist: ChecklistView;
  /** Already inspected (by this team): then the form is closed. */
  inspectionId: string | null;
}

export interface SubmitResult {
  inspectionId: string;
  score: number;
  maxScore: number;
  /** The 随手拍 cases the failed items became. */
  reportIds: string[];
}

export interface RankedRow {
  rank: number;
  id: string;
  name: string;
  score: number;
  maxScore: number;
  /** Score rate, percent with one decimal. */
  rate: number;
  sites: number;
}

export interface Finding {
  site: string;
  item: string;
  pointsLost: number;
  photo: string;
  note: string;
  reportId: string;
}

export interface Bulletin {
  roundId: string;
  title: string;
  kindLabel: string;
  publishedAt: string;
  sitesInspected: number;
  averageRate: number;
  sites: (RankedRow & { siteType: SiteType; community: string; department: string })[];
  communities: RankedRow[];
  areas: RankedRow[];
  departments: RankedRow[];
  /** 红黑榜 of the responsible units. */
  redList: RankedRow[];
  blackList: RankedRow[];
  worstFindings: Finding[];
  /** The command centre only: who inspected each site (residents never see inspectors' names). */
  inspectors?: { site: string; names: string[] }[];
}

export interface BulletinSummary {
  roundId: string;
  title: string;
  kindLabel: string;
  publishedAt: string;
  sitesInspected: number;
  averageRate: number;
}
