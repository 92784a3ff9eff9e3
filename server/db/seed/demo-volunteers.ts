import type { Kysely } from 'kysely';
import { newId } from '../../core/ids';
import { newCheckinSecret } from '../../modules/activities/domain/checkin-code';
import { DEMO_TEAM, SPECIALTY_TEAMS, STANDING_TEAMS } from '../../modules/volunteers/domain/teams';
import type { DB } from '../schema';
import type { SeededCounty } from './demo-county';

const HOUR_MS = 3_600_000;

/** Beijing 09:00 of the day `days` after `now`. */
function beijingNine(now: Date, days: number): Date {
  const shifted = new Date(now.getTime() + 8 * HOUR_MS + days * 24 * HOUR_MS);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate(), 1));
}

/**
 * The county's eighteen teams; the demo volunteer and team leader registered
 * in 环境卫士志愿服务队; one team activity and one community event coming up.
 */
export async function seedVolunteers(db: Kysely<DB>, seeded: SeededCounty, now: Date): Promise<void> {
  const { countyId } = seeded;
  const teams = [
    ...STANDING_TEAMS.map((t) => ({ ...t, kind: 'standing' as const })),
    ...SPECIALTY_TEAMS.map((t) => ({ ...t, kind: 'specialty' as const })),
  ].map((t) => ({ id: t.name === DEMO_TEAM ? seeded.teamId : newId(), countyId, name: t.name, kind: t.kind, description: t.description, memberCount: t.name === DEMO_TEAM ? 2 : 0 }));
  await db.insertInto('volunteerTeams').values(teams).execute();

  const heping = seeded.communities['和平社区'];
  const xingfu = seeded.communities['幸福里社区'];
  const members = [
    { key: 'volunteer' as const, realName: '赵志远', phone: '13900001111', skills: ['垃圾分类', '摄影'] },
    { key: 'team_lead' as const, realName: '钱卫东', phone: '13900002222', skills: ['组织协调', '急救'] },
  ];
  await db
    .insertInto('volunteerProfiles')
    .values(members.map((m) => ({ userId: seeded.people[m.key].userId, countyId, realName: m.realName, phone: m.phone, skills: JSON.stringify(m.skills), communityId: heping, registeredAt: now, updatedAt: now })))
    .execute();
  // They agreed to give their real name and phone when they registered (privacy: a separate consent).
  await db
    .insertInto('personalConsents')
    .values(members.map((m) => ({ id: newId(), countyId, userId: seeded.people[m.key].userId, purpose: 'volunteer_identity' as const, textVersion: 1, givenAt: now, withdrawnAt: null })))
    .execute();
  await db
    .insertInto('teamMembers')
    .values(members.map((m) => ({ id: newId(), countyId, teamId: seeded.teamId, userId: seeded.people[m.key].userId, status: 'approved' as const, appliedAt: now, decidedAt: now, decidedBy: seeded.people.team_lead.userId })))
    .execute();

  const tomorrow = beijingNine(now, 1);
  const inThreeDays = beijingNine(now, 3);
  await db
    .insertInto('activities')
    .values([
      {
        id: seeded.activities.cleanUp,
        countyId,
        organiserKind: 'team',
        teamId: seeded.teamId,
        communityId: null,
        title: '幸福里社区环境清洁行动',
        description: '清理楼道小广告、捡拾绿化带垃圾、整理单车停放。请穿志愿者马甲，手套和夹子由队里准备。',
        placeName: '幸福里社区广场',
        lat: 34.8226,
        lng: 114.8107,
        startsAt: tomorrow,
        endsAt: new Date(tomorrow.getTime() + 2 * HOUR_MS),
        signupDeadline: new Date(tomorrow.getTime() - 12 * HOUR_MS),
        capacity: 20,
        audience: 'volunteers',
        pointsPerHour: 10,
        requireNearby: false,
        checkinSecret: newCheckinSecret(),
        createdBy: seeded.people.team_lead.userId,
        createdAt: now,
      },
      {
        id: seeded.activities.benchLecture,
        countyId,
        organiserKind: 'community',
        teamId: null,
        communityId: xingfu,
        title: '板凳讲堂：身边好人讲故事',
        description: '社区里的好人好事，由当事人亲口讲给大家听。自带小板凳，欢迎带孩子一起来。',
        placeName: '幸福里社区新时代文明实践站',
        lat: 34.823,
        lng: 114.8111,
        startsAt: inThreeDays,
        endsAt: new Date(inThreeDays.getTime() + 1.5 * HOUR_MS),
        signupDeadline: new Date(inThreeDays.getTime() - 2 * HOUR_MS),
        capacity: 50,
        audience: 'residents',
        pointsPerHour: 0,
        requireNearby: false,
        checkinSecret: newCheckinSecret(),
        createdBy: seeded.people.staff.userId,
        createdAt: now,
      },
    ])
    .execute();
}
