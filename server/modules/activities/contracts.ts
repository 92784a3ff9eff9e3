import { z } from 'zod';
import { idField, instant, latitude, longitude, noInput, optionalText, textField } from '../../core/fields';

export const CODE_PERIOD_SECONDS = 30;
export const NEARBY_CHECKIN_M = 500;
export const MAX_CERTIFY = 500;
/** 讲述人: at most this many good people tell their story at one activity. */
export const MAX_SPEAKERS = 10;

const organiser = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('team'), teamId: idField() }).strict(),
  z.object({ kind: z.literal('community'), communityId: idField() }).strict(),
]);

export const activitiesInputs = {
  create: z
    .object({
      organiser,
      title: textField(40, 4),
      description: textField(2000, 10),
      placeName: textField(60, 2),
      lat: latitude(),
      lng: longitude(),
      startsAt: instant('开始时间'),
      endsAt: instant('结束时间'),
      signupDeadline: instant('报名截止时间'),
      capacity: z.number().int().min(1, { message: '人数至少1人' }).max(10_000, { message: '人数不能超过10000' }),
      /** members: the team's members; volunteers: any registered volunteer; residents: anyone. */
      audience: z.enum(['members', 'volunteers', 'residents']),
      pointsPerHour: z.number().int().min(0).max(100).default(0),
      /** Check in and out only within 500 m of the place. */
      requireNearby: z.boolean().default(false),
    })
    .strict(),
  /** Upcoming activities the caller may join or organises. */
  list: z.object({ filter: z.enum(['open', 'mine', 'manage']).default('open') }).strict(),
  detail: z.object({ activityId: idField() }).strict(),
  signUp: z.object({ activityId: idField() }).strict(),
  cancel: z.object({ activityId: idField() }).strict(),
  /** The organiser calls the activity off; everyone signed up is told why. */
  callOff: z.object({ activityId: idField(), reason: textField(200, 2) }).strict(),
  roster: z.object({ activityId: idField() }).strict(),
  /** The organiser's current check-in code (QR token and 6 digits), valid for this 30-second slot and the next. */
  code: z.object({ activityId: idField() }).strict(),
  check: z
    .object({
      activityId: idField(),
      direction: z.enum(['in', 'out']),
      /** The scanned QR token, or the 6 digits typed from the organiser's phone. */
      code: z.string().trim().min(6, { message: '请输入6位签到码' }).max(200),
      lat: latitude().optional(),
      lng: longitude().optional(),
    })
    .strict(),
  /** After the activity: confirm each person's hours, or set them with a reason. */
  certify: z
    .object({
      activityId: idField(),
      entries: z
        .array(z.object({ signupId: idField(), minutes: z.number().int().min(0).max(1440), reason: optionalText(200) }).strict())
        .min(1)
        .max(MAX_CERTIFY),
    })
    .strict(),
  /** Organisers the caller may create activities for (teams led, communities staffed). */
  organisers: noInput(),
  /** The organiser names the good people who tell their story here (讲述人), in the order shown; the list replaces the last one. */
  setSpeakers: z
    .object({
      activityId: idField(),
      goodPersonIds: z
        .array(idField())
        .max(MAX_SPEAKERS, { message: `讲述人最多${MAX_SPEAKERS}位` })
        .refine((ids) => new Set(ids).size === ids.length, { message: '同一位好人只能加一次' }),
    })
    .strict(),
};

export type SignupState = 'confirmed' | 'waitlisted' | 'cancelled';

export interface ActivityCard {
  id: string;
  title: string;
  organiser: string;
  placeName: string;
  startsAt: string;
  endsAt: string;
  signupDeadline: string;
  capacity: number;
  confirmed: number;
  waitlisted: number;
  audience: 'members' | 'volunteers' | 'residents';
  audienceLabel: string;
  pointsPerHour: number;
  status: 'open' | 'cancelled';
  mySignup: SignupState | null;
}

/** A good person who tells their story at the activity: their public card only (as 身边好人 shows it), never a contact. */
export interface SpeakerCard {
  goodPersonId: string;
  name: string;
  category: string;
  categoryName: string;
  titles: { year: number; title: string }[];
}

export interface ActivityView extends ActivityCard {
  description: string;
  lat: number;
  lng: number;
  requireNearby: boolean;
  /** The caller organises it: roster, code and hours. */
  canManage: boolean;
  /** Why the caller may not sign up, or null when they may. */
  cannotSignUp: string | null;
  /** 讲述人 who are public now, in the organiser's order. */
  speakers: SpeakerCard[];
  me: {
    status: SignupState;
    /** 1 for the first on the waitlist. */
    waitlistPosition: number | null;
    checkedInAt: string | null;
    checkedOutAt: string | null;
    scannedMinutes: number | null;
    certifiedMinutes: number | null;
    points: number | null;
  } | null;
}

export interface RosterRow {
  signupId: string;
  userId: string;
  /** Real name and phone: only organisers ever get a roster. */
  name: string;
  phone: string | null;
  status: SignupState;
  seq: number;
  checkedInAt: string | null;
  checkedOutAt: string | null;
  scannedMinutes: number | null;
  certified: { minutes: number; backfilled: boolean; points: number; reason: string | null } | null;
}

export interface RosterView {
  activity: ActivityView;
  confirmed: RosterRow[];
  waitlisted: RosterRow[];
}

export interface CheckinCode {
  token: string;
  digits: string;
  /** When the organiser's screen should fetch the next code. */
  refreshAt: string;
  periodSeconds: number;
}

export interface CheckResult {
  direction: 'in' | 'out';
  checkedInAt: string;
  checkedOutAt: string | null;
  scannedMinutes: number | null;
}

export interface CertifyResult {
  signupId: string;
  minutes: number;
  backfilled: boolean;
  points: number;
}

export interface OrganiserOption {
  kind: 'team' | 'community';
  id: string;
  name: string;
}
