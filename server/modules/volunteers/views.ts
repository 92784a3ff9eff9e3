import type { Kysely } from 'kysely';
import type { Actor } from '../../core/actor';
import { iso } from '../../core/clock';
import type { DB } from '../../db/schema';
import type { HoursRecord, MemberRow, TeamCard, VolunteerProfileView } from './contracts';
import { compareTeams, standingOf } from './domain/standing';
import { TEAM_KIND_LABELS } from './domain/teams';
import { managesTeam } from './permissions';
import { applicationsOf, TeamRow } from './repo';
import type { HoursRow, ProfileRow, RosterRow } from './rows';

/** Team cards with the caller's standing: counts and descriptions only, nobody's name. */
export async function toCards(db: Kysely<DB>, actor: Actor, teams: TeamRow[]): Promise<TeamCard[]> {
  const applications = await applicationsOf(db, actor.userId, teams.map((t) => t.id));
  return [...teams].sort(compareTeams).map((t) => ({
    id: t.id,
    name: t.name,
    kind: t.kind,
    kindLabel: TEAM_KIND_LABELS[t.kind],
    description: t.description,
    memberCount: t.memberCount,
    myStatus: standingOf(applications.filter((a) => a.teamId === t.id)),
    canManage: managesTeam(actor, t.id),
  }));
}

/** The owner's own profile, phone in full. */
export function profileView(p: ProfileRow): VolunteerProfileView {
  return {
    realName: p.realName,
    phone: p.phone,
    skills: p.skills,
    communityId: p.communityId,
    communityName: p.communityName,
    registeredAt: iso(p.registeredAt),
  };
}

/** For the team's managers only (members, decide). */
export function memberView(r: RosterRow): MemberRow {
  return {
    userId: r.userId,
    realName: r.realName,
    phone: r.phone,
    skills: r.skills,
    communityName: r.communityName,
    status: r.status === 'left' ? 'none' : r.status,
    appliedAt: iso(r.appliedAt),
    minutes: r.minutes ?? 0,
  };
}

export function hoursRecord(h: HoursRow): HoursRecord {
  return {
    activityId: h.activityId,
    title: h.title,
    organiser: h.organiser,
    servedOn: h.servedOn,
    minutes: h.minutes,
    backfilled: h.backfilled,
    points: h.points,
  };
}
