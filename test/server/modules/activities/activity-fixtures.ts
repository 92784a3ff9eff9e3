import { randomUUID } from 'node:crypto';
import type { DemoKey } from '../../../../server/db/seed/demo-county';
import { addPeople, data, ExtraPerson, TestCounty } from '../../../support/app';

/** 2026-12-01 09:00 in Beijing: the tests' "now". */
export const NOW = '2026-12-01T01:00:00.000Z';
export const PLACE = { lat: 34.8226, lng: 114.8107 };

const at = (hoursFromNow: number) => new Date(new Date(NOW).getTime() + hoursFromNow * 3_600_000).toISOString();

/** A team activity of the demo team tomorrow morning, two hours long, 20 places, 10 points an hour. */
export function activityInput(county: TestCounty, overrides: Record<string, unknown> = {}) {
  return {
    organiser: { kind: 'team', teamId: county.teamId },
    title: '幸福里环境清洁行动',
    description: '清理楼道小广告、捡拾绿化带垃圾。手套和夹子由队里准备。',
    placeName: '幸福里社区广场',
    ...PLACE,
    startsAt: at(24),
    endsAt: at(26),
    signupDeadline: at(12),
    capacity: 20,
    audience: 'volunteers',
    pointsPerHour: 10,
    requireNearby: false,
    ...overrides,
  };
}

export async function createActivity(county: TestCounty, overrides: Record<string, unknown> = {}, by: DemoKey = 'team_lead'): Promise<string> {
  return data<{ id: string }>(await county.as(by)('activities', 'create', activityInput(county, overrides))).id;
}

/**
 * Registered volunteers of the county (profile written directly: the
 * volunteers module owns registration), optionally approved members of a team.
 */
export async function addVolunteers(county: TestCounty, count: number, options: { teamId?: string } = {}): Promise<ExtraPerson[]> {
  const people = await addPeople(county, count, { name: '志愿者', role: 'volunteer', scopeType: 'county', scopeId: county.countyId });
  const db = county.runtime.db;
  const now = new Date();
  await db
    .insertInto('volunteerProfiles')
    .values(people.map((p, i) => ({ userId: p.userId, countyId: county.countyId, realName: `志愿者${i + 1}号`, phone: `1390000${String(i).padStart(4, '0')}`, skills: '[]', communityId: county.communities['和平社区'], registeredAt: now, updatedAt: now })))
    .execute();
  if (options.teamId) {
    await db
      .insertInto('teamMembers')
      .values(people.map((p) => ({ id: randomUUID(), countyId: county.countyId, teamId: options.teamId!, userId: p.userId, status: 'approved' as const, appliedAt: now })))
      .execute();
  }
  return people;
}
