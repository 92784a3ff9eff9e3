/** Helpers for the reports integration tests (not a test file itself). */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../../../server/db/schema';
import type { DemoKey } from '../../../../server/db/seed/demo-county';
import { data, TestCounty } from '../../../support/app';

/** A spot in the demo county (GCJ-02). */
export const SPOT = { latitude: 29.5623, longitude: 106.5512 };

/** The point `metres` north of SPOT (one metre of latitude is ~1/111,195 of a degree). */
export function north(metres: number) {
  return { latitude: SPOT.latitude + metres / 111_195, longitude: SPOT.longitude };
}

export async function categoryId(county: TestCounty, name: string): Promise<string> {
  const categories = data<{ id: string; name: string }[]>(await county.as('resident')('reports', 'categories'));
  const found = categories.find((c) => c.name === name);
  if (!found) throw new Error(`no category ${name}`);
  return found.id;
}

/** A tiny real JPEG (the server reads the type from the bytes). */
export const TINY_JPEG = Buffer.from(
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==',
  'base64',
).toString('base64');

/** Photos uploaded by `person`: only they may attach them. */
export async function uploadPhotos(county: TestCounty, person: DemoKey, count: number): Promise<string[]> {
  const refs: string[] = [];
  for (let i = 0; i < count; i++) refs.push(data<{ ref: string }>(await county.as(person)('files', 'upload', { data: TINY_JPEG })).ref);
  return refs;
}

/** A valid report by `person`, with two photos they uploaded; tests override one field to break it. */
/** A report's input by `person`, who has agreed (once) to the app using their precise location, as the app asks before it locates. */
export async function reportInput(county: TestCounty, person: DemoKey, categoryId: string, overrides: Record<string, unknown> = {}) {
  data(await county.as(person)('privacy', 'consent', { purpose: 'precise_location' }));
  return {
    idempotencyKey: randomUUID(),
    categoryId,
    description: '人行道上堆满了装修垃圾，老人推车过不去',
    ...SPOT,
    address: '幸福里社区1号楼东侧人行道',
    anonymous: false,
    photos: 'photos' in overrides ? undefined : await uploadPhotos(county, person, 2),
    ...overrides,
  };
}

/** What a county's reports wrote: reports, events, photos, followers and daily counts. */
export async function written(db: Kysely<DB>, countyId: string) {
  const count = async (table: 'reports' | 'reportEvents' | 'reportPhotos' | 'reportFollowers') => {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('countyId', '=', countyId)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  };
  const days = await db.selectFrom('reportDailyCounts').select(['day', 'count']).where('countyId', '=', countyId).orderBy('day').execute();
  return {
    reports: await count('reports'),
    events: await count('reportEvents'),
    photos: await count('reportPhotos'),
    followers: await count('reportFollowers'),
    days,
  };
}

/** A clock the test can move: deadlines, the 7-day window and Beijing days depend on it. */
export { movableClock } from '../../../support/clock';

/** A report by `person` (default: the guardian, who lives in 幸福里社区, so its staff review it). */
export async function fileReport(county: TestCounty, person: DemoKey = 'guardian', category = '乱扔垃圾', overrides: Record<string, unknown> = {}): Promise<string> {
  const input = await reportInput(county, person, await categoryId(county, category), overrides);
  return data<{ reportId: string }>(await county.as(person)('reports', 'submit', input)).reportId;
}

/** Staff accept and assign with the routing defaults; the handler starts. */
export async function assignedCase(county: TestCounty, reportId: string): Promise<void> {
  data(await county.as('staff')('reports', 'assign', { reportId }));
}

/** … and the handler fixes with a photo of their own. */
export async function fixedCase(county: TestCounty, reportId: string): Promise<void> {
  await assignedCase(county, reportId);
  const photos = await uploadPhotos(county, 'handler', 1);
  data(await county.as('handler')('reports', 'fix', { reportId, note: '已清理干净', photos }));
}
