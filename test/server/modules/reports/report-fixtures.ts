/** Helpers for the reports integration tests (not a test file itself). */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../../../server/db/schema';
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

export function reportInput(categoryId: string, overrides: Record<string, unknown> = {}) {
  return {
    idempotencyKey: randomUUID(),
    categoryId,
    description: '人行道上堆满了装修垃圾，老人推车过不去',
    ...SPOT,
    address: '幸福里社区1号楼东侧人行道',
    anonymous: false,
    photos: ['cloud://env/reports/a.jpg', 'cloud://env/reports/b.jpg'],
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
