/** Helpers for the building-matters integration tests (not a test file itself). */
import { randomUUID } from 'node:crypto';
import type { DemoKey } from '../../../../server/db/seed/demo-county';
import { addPerson, Caller, data, TestCounty } from '../../../support/app';
import { uploadPhotos } from '../reports/report-fixtures';

export { categoryId, SPOT, uploadPhotos } from '../reports/report-fixtures';

export const NOISE = '楼上每天晚上十一点以后还在拖动家具，咚咚响，老人睡不着';

/** A valid raise by `person`, with `photos` of their own (default none); tests override one field to break it. */
export function raiseInput(overrides: Record<string, unknown> = {}) {
  return { idempotencyKey: randomUUID(), kind: 'noise', text: NOISE, photos: [] as string[], ...overrides };
}

/** 王建国 (幸福里社区/1号楼/1单元/301) raises a matter; returns its id. */
export async function raised(county: TestCounty, person: DemoKey = 'guardian', photoCount = 0, overrides: Record<string, unknown> = {}): Promise<string> {
  const photos = photoCount ? await uploadPhotos(county, person, photoCount) : [];
  return data<{ matterId: string }>(await county.as(person)('matters', 'raise', raiseInput({ photos, ...overrides }))).matterId;
}

/** The inbox of a caller: titles and links, newest first. */
export async function inboxOf(call: Caller): Promise<{ title: string; body: string; link: string | null; kind: string }[]> {
  return data<any[]>(await call('inbox', 'list', {}));
}

/** Moves `person` to another household ("幸福里社区/2号楼/1单元/601"): they ask, and staff of that community approve. */
export async function moveTo(county: TestCounty, person: DemoKey, place: string): Promise<void> {
  const request = data<{ requestId: string }>(await county.as(person)('households', 'requestBinding', { householdId: county.households[place], relation: 'owner' }));
  const community = place.split('/')[0];
  const approver = community === '幸福里社区' ? county.as('staff') : (await addPerson(county, '新网格员', 'staff', 'community', county.communities[community])).call;
  data(await approver('households', 'decide', { requestId: request.requestId, decision: 'approve' }));
}
