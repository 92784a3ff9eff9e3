import { z } from 'zod';
import { idField, instant, latitude, longitude, noInput, optionalText, textField } from '../../core/fields';

/** What help can be asked for: a kind from this list, and a few words of one's own. */
export const HELP_KINDS = ['hospital', 'repair', 'tutoring', 'shopping', 'company', 'cleaning', 'errand', 'other'] as const;
export type HelpKind = (typeof HELP_KINDS)[number];
export const HELP_KIND_LABELS: Record<HelpKind, string> = {
  hospital: '陪同就医',
  repair: '家中小修',
  tutoring: '辅导功课',
  shopping: '代买东西',
  company: '陪伴聊天',
  cleaning: '打扫卫生',
  errand: '跑腿办事',
  other: '其他帮忙',
};

/** At most this many requests of one person (or named person) wait, are under way or in dispute at once. */
export const MAX_OPEN_REQUESTS = 3;
export const MIN_MINUTES = 15;
export const MAX_MINUTES = 720;
export const MAX_POINTS = 1000;

export type HelpState = 'open' | 'accepted' | 'disputed' | 'done' | 'cancelled';
export const HELP_STATE_LABELS: Record<HelpState, string> = { open: '等人接单', accepted: '已有人接单', disputed: '社区处理中', done: '已完成', cancelled: '已取消' };

const whole = (label: string, min: number, max: number) =>
  z
    .number({ invalid_type_error: `请填写${label}` })
    .int({ message: `${label}要填整数` })
    .min(min, { message: `${label}至少${min}` })
    .max(max, { message: `${label}不能超过${max}` });

export const helpInputs = {
  /**
   * 发布互助需求: the points offered leave the caller's account into escrow at
   * once. Community staff may post for a named person of their community who
   * has no WeChat (`forName`): the county's points pay for it then.
   */
  post: z
    .object({
      kind: z.enum(HELP_KINDS, { errorMap: () => ({ message: '请选择需要哪种帮忙' }) }),
      details: optionalText(200),
      place: textField(60, 2),
      communityId: idField(),
      startsAt: instant('时间'),
      minutes: whole('大约时长（分钟）', MIN_MINUTES, MAX_MINUTES),
      points: whole('积分', 1, MAX_POINTS),
      forName: optionalText(20),
    })
    .strict()
    .refine((i) => i.kind !== 'other' || !!i.details, { message: '选“其他帮忙”时，请写一句需要帮什么', path: ['details'] }),
  /** Requests waiting for a helper, nearest first when the volunteer says where they are, else newest first. */
  open: z.object({ near: z.object({ latitude: latitude(), longitude: longitude() }).strict().optional() }).strict(),
  /** The caller's requests and the help they gave, with their 互助时长. */
  mine: noInput(),
  request: z.object({ requestId: idField() }).strict(),
  accept: z.object({ requestId: idField() }).strict(),
  /** Both sides say the help happened; the second confirmation pays the helper. */
  confirm: z.object({ requestId: idField(), rating: z.number().int().min(1).max(5).optional() }).strict(),
  /** Before anyone accepts: points back. After: an ask, with the reason, that the helper agrees to or declines. */
  cancel: z.object({ requestId: idField(), reason: optionalText(200) }).strict(),
  /** The helper answers the requester's ask to cancel: agreeing gives the points back. */
  answerCancel: z.object({ requestId: idField(), agree: z.boolean({ errorMap: () => ({ message: '请选择同意还是不同意取消' }) }) }).strict(),
  /** The helper gives an accepted request up: it waits for another helper, the points stay held. */
  giveUp: z.object({ requestId: idField(), reason: optionalText(200) }).strict(),
  /** "It did not happen" (either side), after acceptance. */
  dispute: z.object({ requestId: idField(), reason: textField(200, 2) }).strict(),
  /** Disputes of the communities the caller serves (all of the county for its admin). */
  disputes: noInput(),
  /** Staff decide a dispute: pay the helper or give the points back, with a reason. */
  resolve: z.object({ requestId: idField(), decision: z.enum(['pay', 'refund'], { errorMap: () => ({ message: '请选择付给帮忙的人，还是退回积分' }) }), reason: textField(200, 2) }).strict(),
  /** A person's 互助时长 (for 我的积分 and the volunteer record). */
  hours: noInput(),
};

export interface HelpRequestView {
  id: string;
  kind: HelpKind;
  kindLabel: string;
  details: string;
  place: string;
  communityId: string;
  communityName: string;
  startsAt: string;
  minutes: number;
  points: number;
  state: HelpState;
  stateLabel: string;
  /** Who asks, as the public sees names (masked), or the named person staff act for. */
  requesterName: string;
  helperName: string | null;
  /** Metres from where the volunteer said they are, when they said. */
  distance: number | null;
  createdAt: string;
  acceptedAt: string | null;
  requesterConfirmed: boolean;
  helperConfirmed: boolean;
  disputeReason: string | null;
  resolution: 'pay' | 'refund' | null;
  resolveReason: string | null;
  /** The requester asked to cancel after acceptance and waits for the helper's answer. */
  cancelAsked: boolean;
  /** Why (to the two sides and staff). */
  cancelReason: string | null;
  /** The 1–5 stars the requester gave when confirming (to the two sides and staff). */
  rating: number | null;
  /** How the caller stands to it, and what they may do now. */
  role: 'requester' | 'helper' | 'staff' | 'volunteer' | 'other';
  can: { accept: boolean; confirm: boolean; cancel: boolean; answerCancel: boolean; giveUp: boolean; dispute: boolean; resolve: boolean };
}

export interface MyHelpView {
  asked: HelpRequestView[];
  helped: HelpRequestView[];
  /** 互助时长: minutes of help the caller gave and was paid for. */
  helpMinutes: number;
  /** The stars requesters gave the caller's help: their average (one decimal) and how many rated; null before the first. */
  ratingAverage: number | null;
  rated: number;
  balance: number;
}

export interface HelpHoursView {
  minutes: number;
  count: number;
}
