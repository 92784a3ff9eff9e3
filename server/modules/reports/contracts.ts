import { z } from 'zod';
import { idField, latitude, longitude, noInput, optionalText, textField } from '../../core/fields';

/** How many fixed cases one reports.gallery call returns; fewer means there are no more (the client shows 加载更多 only then). */
export const GALLERY_PAGE_SIZE = 20;

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
      /** Refs that `files.upload` returned to this caller (checked on the server). */
      photos: photoRefs(1),
    })
    .strict(),
  meToo: z.object({ reportId: idField() }).strict(),
  mine: noInput(),
  detail: z.object({ reportId: idField() }).strict(),
  departments: noInput(),
  /** Staff: the cases of their communities that wait for them; the admin: the whole county's. */
  staffQueue: z.object({ filter: z.enum(['waiting', 'assigned', 'done']).default('waiting') }).strict(),
  accept: z.object({ reportId: idField(), note: optionalText(200) }).strict(),
  reject: z.object({ reportId: idField(), reason: textField(200, 2) }).strict(),
  markDuplicate: z.object({ reportId: idField(), duplicateOf: idField(), note: optionalText(200) }).strict(),
  /**
   * Accepts (if still new) and assigns. Department and deadline default to the
   * routing rule's; changing either needs a reason.
   */
  assign: z
    .object({
      reportId: idField(),
      departmentId: idField().optional(),
      deadline: z.string().datetime({ offset: true, message: '办理期限格式不对' }).optional(),
      reason: optionalText(200),
    })
    .strict(),
  handlerQueue: z.object({ filter: z.enum(['open', 'done']).default('open') }).strict(),
  start: z.object({ reportId: idField() }).strict(),
  fix: z.object({ reportId: idField(), note: textField(300, 2), photos: photoRefs(1) }).strict(),
  return: z.object({ reportId: idField(), reason: textField(200, 2) }).strict(),
  confirm: z.object({ reportId: idField() }).strict(),
  dispute: z.object({ reportId: idField(), reason: textField(300, 2), photos: photoRefs(0).optional() }).strict(),
  rate: z
    .object({
      reportId: idField(),
      rating: z.number().int({ message: '满意度请选择1到5星' }).min(1, { message: '满意度请选择1到5星' }).max(5, { message: '满意度请选择1到5星' }),
      comment: optionalText(200),
    })
    .strict(),
  gallery: z.object({ before: z.string().datetime({ offset: true }).optional() }).strict(),
  overdue: noInput(),
  escalate: z.object({ reportId: idField(), note: optionalText(200) }).strict(),
  scoreboard: noInput(),
  /** The admin's settings: every category (active or not) with its routing rules. */
  settings: noInput(),
  /** Creates (no categoryId) or changes a category and its county-wide rule. Categories are switched off, never deleted: reports keep them. */
  saveCategory: z
    .object({
      categoryId: idField().optional(),
      name: textField(20, 2),
      active: z.boolean(),
      departmentId: idField(),
      deadlineHours: deadlineHours(),
    })
    .strict(),
  /** A rule for one area that beats the county-wide one; `departmentId: null` removes it. */
  saveAreaRule: z
    .object({
      categoryId: idField(),
      areaId: idField(),
      departmentId: idField().nullable(),
      deadlineHours: deadlineHours().optional(),
    })
    .strict(),
};

function deadlineHours() {
  return z
    .number({ invalid_type_error: '请填写办理时限' })
    .int({ message: '办理时限请填整数小时' })
    .min(1, { message: '办理时限至少1小时' })
    .max(24 * 30, { message: '办理时限不能超过30天' });
}

function photoRefs(min: number) {
  return z
    .array(z.string().trim().min(1).max(300))
    .min(min, { message: '请至少拍一张照片' })
    .max(MAX_REPORT_PHOTOS, { message: `最多${MAX_REPORT_PHOTOS}张照片` })
    .refine((refs) => new Set(refs).size === refs.length, { message: '同一张照片只能上传一次' });
}

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

/** One line of a case's timeline. Handlers appear as their department, staff as their community, never as a person. */
export interface TimelineEntry {
  seq: number;
  type: string;
  label: string;
  at: string;
  /** 反映人, 幸福里社区, 县城市管理局, 县创文办, 系统 */
  by: string;
  note?: string;
  /** The department assigned, and its deadline (assigned events). */
  department?: string;
  deadline?: string;
  rating?: number;
  photos?: string[];
}

/** What the caller may do to the case now: the buttons to show. */
export type CaseAction = 'accept' | 'reject' | 'markDuplicate' | 'assign' | 'start' | 'fix' | 'return' | 'confirm' | 'dispute' | 'rate' | 'escalate' | 'meToo';

export interface ReportDetail {
  id: string;
  category: string;
  categoryId: string;
  description: string;
  address: string;
  latitude: number;
  longitude: number;
  community: string | null;
  status: string;
  statusLabel: string;
  /** 匿名反映人, or the name (masked for everyone but the reporter, staff and the admin). */
  reporter: string;
  isMine: boolean;
  anonymous: boolean;
  submittedAt: string;
  department: string | null;
  deadline: string | null;
  overdue: boolean;
  escalated: boolean;
  rating: number | null;
  followers: number;
  following: boolean;
  duplicateOf: string | null;
  beforePhotos: string[];
  afterPhotos: string[];
  timeline: TimelineEntry[];
  actions: CaseAction[];
  /** Until when the reporter may confirm or dispute (status fixed). */
  disputeUntil: string | null;
  /** For staff deciding an assignment: what the admin's rules propose now. */
  routed: { departmentId: string; department: string; deadline: string } | null;
  /** Found by a 督查暗访 (no resident reported it). */
  foundByInspection?: true;
}

export interface Department {
  id: string;
  name: string;
}

/** A line in a staff, handler or command-centre list. Never names the reporter. */
export interface CaseSummary {
  id: string;
  category: string;
  address: string;
  description: string;
  community: string | null;
  status: string;
  statusLabel: string;
  submittedAt: string;
  department: string | null;
  deadline: string | null;
  overdue: boolean;
  escalated: boolean;
  followers: number;
  photo: string | null;
  /** Found by a 督查暗访: no resident reported it. */
  foundByInspection?: true;
}

export interface StepResult {
  reportId: string;
  status: string;
  statusLabel: string;
}

export interface GalleryItem {
  id: string;
  category: string;
  address: string;
  community: string | null;
  department: string | null;
  submittedAt: string;
  fixedAt: string;
  /** Hours from report to fix, one decimal. */
  hoursToFix: number;
  before: string | null;
  after: string | null;
  rating: number | null;
}

export interface ScoreboardRow {
  departmentId: string;
  department: string;
  /** Cases ever assigned to the department. */
  received: number;
  fixed: number;
  fixedOnTime: number;
  /** Assigned or in progress and past the deadline now. */
  overdue: number;
  /** Hours from assignment to fix, median; null before the first fix. */
  medianHoursToFix: number | null;
  /** Average of the reporters' 1–5 ratings; null before the first. */
  satisfaction: number | null;
  rated: number;
}

export interface CategorySetting {
  id: string;
  name: string;
  active: boolean;
  sort: number;
  /** The county-wide rule; null when none is set (staff then choose the department). */
  rule: { departmentId: string; department: string; deadlineHours: number } | null;
  areaRules: { areaId: string; area: string; departmentId: string; department: string; deadlineHours: number }[];
}

export interface ReportSettings {
  categories: CategorySetting[];
  departments: Department[];
  areas: { id: string; name: string }[];
}
