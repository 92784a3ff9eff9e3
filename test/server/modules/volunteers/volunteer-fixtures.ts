import { randomUUID } from 'node:crypto';
import { addPeople, data, ExtraPerson, TestCounty } from '../../../support/app';

/** A valid registration in the county's 和平社区; tests override a field to break it. */
export function registration(county: TestCounty, overrides: Record<string, unknown> = {}) {
  return { realName: '孙晓燕', phone: '13712345678', skills: ['急救', '摄影'], communityId: county.communities['和平社区'], identityConsent: true, ...overrides };
}

/** New residents of the county who registered as volunteers through the API; person i is 志愿者甲i with phone 1371000000i. */
export async function registeredVolunteers(county: TestCounty, count: number): Promise<(ExtraPerson & { realName: string; phone: string })[]> {
  const people = await addPeople(county, count);
  const out = [];
  for (const [i, p] of people.entries()) {
    const realName = `志愿者甲${i + 1}`;
    const phone = `1371000${String(i).padStart(4, '0')}`;
    data(await p.call('volunteers', 'register', registration(county, { realName, phone, skills: [] })));
    out.push({ ...p, realName, phone });
  }
  return out;
}

/**
 * A certified hours record written straight into volunteer_hours (the
 * activities module writes them for real): an activity of the team, or of the
 * community when no team is given, a confirmed sign-up, and the record.
 */
export async function certifiedHours(
  county: TestCounty,
  record: { userId: string; servedOn: string; minutes: number; teamId?: string; communityId?: string; backfilled?: boolean; points?: number; title?: string },
): Promise<string> {
  const db = county.runtime.db;
  const activityId = randomUUID();
  const signupId = randomUUID();
  const communityId = record.communityId ?? county.communities['和平社区'];
  const startsAt = new Date(`${record.servedOn}T09:00:00+08:00`);
  await db
    .insertInto('activities')
    .values({
      id: activityId,
      countyId: county.countyId,
      organiserKind: record.teamId ? 'team' : 'community',
      teamId: record.teamId ?? null,
      communityId: record.teamId ? null : communityId,
      title: record.title ?? `服务活动 ${record.servedOn}`,
      description: '测试用活动',
      placeName: '社区广场',
      lat: 34.82,
      lng: 114.81,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3 * 3_600_000),
      signupDeadline: startsAt,
      capacity: 50,
      audience: 'volunteers',
      pointsPerHour: 10,
      requireNearby: false,
      checkinSecret: 'test-secret',
      createdBy: county.people.team_lead.userId,
      createdAt: startsAt,
    })
    .execute();
  await db
    .insertInto('activitySignups')
    .values({ id: signupId, countyId: county.countyId, activityId, userId: record.userId, status: 'confirmed', seq: 1, signedUpAt: startsAt })
    .execute();
  await db
    .insertInto('volunteerHours')
    .values({
      id: randomUUID(),
      countyId: county.countyId,
      userId: record.userId,
      activityId,
      signupId,
      teamId: record.teamId ?? null,
      communityId,
      servedOn: record.servedOn,
      minutes: record.minutes,
      scannedMinutes: record.backfilled ? 0 : record.minutes,
      backfilled: record.backfilled ?? false,
      points: record.points ?? 0,
      reason: record.backfilled ? '补录' : null,
      certifiedBy: county.people.team_lead.userId,
      certifiedAt: startsAt,
    })
    .execute();
  return activityId;
}
