import { z } from 'zod';
import { idField, noInput, optionalText, phoneField, textField } from '../../core/fields';

export const MAX_SKILLS = 10;

export const volunteersInputs = {
  /** The county's teams, with the caller's standing in each. */
  teams: noInput(),
  team: z.object({ teamId: idField() }).strict(),
  /** Registers once; calling again updates the profile. */
  register: z
    .object({
      realName: textField(20, 2),
      phone: phoneField(),
      skills: z
        .array(textField(12))
        .max(MAX_SKILLS, { message: `最多填${MAX_SKILLS}项特长` })
        .default([])
        .refine((s) => new Set(s).size === s.length, { message: '特长不要重复' }),
      /** Where the volunteer serves: a community (社区) or village of the county. */
      communityId: idField(),
      /** The separate tick box for giving a real name and phone (needed once; privacy.consents says whether it was given). */
      identityConsent: z.boolean().default(false),
    })
    .strict(),
  me: noInput(),
  apply: z.object({ teamId: idField() }).strict(),
  leave: z.object({ teamId: idField() }).strict(),
  /** The team's applications and roster: its leaders and the admin only. */
  members: z.object({ teamId: idField() }).strict(),
  decide: z.object({ teamId: idField(), userId: idField(), approve: z.boolean(), reason: optionalText(200) }).strict(),
  /** Certified hours by month and team. */
  hours: noInput(),
  /** 志愿服务记录证明 of the caller. */
  certificate: noInput(),
  leaderboard: z.object({ period: z.enum(['week', 'month']) }).strict(),
};

export type TeamStanding = 'none' | 'pending' | 'approved' | 'rejected';

export interface TeamCard {
  id: string;
  name: string;
  kind: 'standing' | 'specialty';
  kindLabel: string;
  description: string;
  memberCount: number;
  myStatus: TeamStanding;
  /** The caller leads this team (or is the admin): may approve members and create activities. */
  canManage: boolean;
}

/** A team's page: its card and what it has coming up (open activities that have not ended, soonest first). */
export interface TeamView extends TeamCard {
  upcoming: { id: string; title: string; startsAt: string; placeName: string }[];
}

export interface VolunteerProfileView {
  realName: string;
  /** The owner sees their own number in full. */
  phone: string;
  skills: string[];
  communityId: string;
  communityName: string;
  registeredAt: string;
}

export interface MeView {
  registered: boolean;
  profile: VolunteerProfileView | null;
  teams: TeamCard[];
  totalMinutes: number;
  activityCount: number;
  points: number;
}

/**
 * A row of a roster: real name and phone are shown to the team's leaders and
 * the admin only. `minutes`: the person's certified minutes in all (what a
 * leader weighs when deciding an application).
 */
export interface MemberRow {
  userId: string;
  realName: string;
  phone: string;
  skills: string[];
  communityName: string;
  status: TeamStanding;
  appliedAt: string;
  minutes: number;
}

export interface HoursView {
  totalMinutes: number;
  months: { month: string; minutes: number; teams: { teamName: string; minutes: number }[] }[];
  records: HoursRecord[];
}

export interface HoursRecord {
  activityId: string;
  title: string;
  organiser: string;
  servedOn: string;
  minutes: number;
  /** Added or raised by the leader afterwards: counts as hours, earned no points. */
  backfilled: boolean;
  points: number;
}

export interface CertificateView {
  /** Stable for the person and the issue date: quoted when someone checks it. */
  number: string;
  realName: string;
  countyName: string;
  totalMinutes: number;
  activityCount: number;
  issuers: string[];
  records: HoursRecord[];
  issuedOn: string;
}

export interface LeaderboardView {
  period: 'week' | 'month';
  from: string;
  to: string;
  teams: { id: string; name: string; minutes: number }[];
  communities: { id: string; name: string; minutes: number }[];
}
