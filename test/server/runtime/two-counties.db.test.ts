import { randomUUID } from 'node:crypto';
import { localWordFilter } from '../../../server/core/content-safety/local-word-filter';
import { systemClock } from '../../../server/core/clock';
import { memoryFileStore } from '../../../server/core/files/memory-file-store';
import { findModule } from '../../../server/modules';
import { createCounty } from '../../../server/modules/setup/create-county';
import { dispatch } from '../../../server/runtime/dispatch';
import { CHOOSE_COUNTY } from '../../../server/runtime/resolve-actor';
import type { Runtime } from '../../../server/runtime/runtime';
import type { Envelope } from '../../../server/core/result';
import { data, errorCode } from '../../support/app';
import { useTestDatabase } from '../../support/db';

const t = useTestDatabase();

/** One deployment for a city's counties: no default county, each person arrives at one. */
function deployment() {
  const runtime: Runtime = { db: t.db, clock: systemClock, contentSafety: localWordFilter(), files: memoryFileStore() };
  const phone =
    (openid: string, arrivedAt?: string) =>
    (module: string, action: string, input: unknown = {}): Promise<Envelope<any>> =>
      dispatch(runtime, findModule(module)!, arrivedAt ? { action, input, county: arrivedAt } : { action, input }, { openid }) as Promise<Envelope<any>>;
  return { runtime, phone };
}

const sheet = (community: string) => Buffer.from(['片区,社区/村,类型,楼栋/组,单元,房号/户', `城区,${community},社区,1号楼,1单元,101`].join('\n'), 'utf8').toString('base64');

/** A county set up as a county's IT team would: created, its admin claims it, its addresses imported. */
async function setUpCounty(phone: ReturnType<typeof deployment>['phone'], name: string, community: string) {
  const created = await t.db.transaction().execute((trx) => createCounty(trx, { name, campaignName: `${name}创建全国文明城市`, campaignStart: '2026-03-01' }, new Date(), 'county-cli'));
  const admin = phone(`admin-${randomUUID()}`);
  const opened = data<any>(await admin('appointments', 'open', { code: created.adminClaim.code }));
  data(await admin('appointments', 'accept', { invitationId: opened.invitation.id, secret: created.adminClaim.code }));
  const preview = data<any>(await admin('places', 'importPreview', { fileName: '住户.csv', data: sheet(community) }));
  data(await admin('places', 'importCommit', { fileName: '住户.csv', data: sheet(community), digest: preview.digest }));
  return { countyId: created.countyId, admin };
}

describe('several counties on one deployment', () => {
  it('a first-time user joins the county they arrived at; without one they are asked to choose, and join the one they pick', async () => {
    const { phone } = deployment();
    const a = await setUpCounty(phone, '云溪县', '溪口社区');
    const b = await setUpCounty(phone, '石桥县', '桥头社区');

    const fromA = phone(`o-${randomUUID()}`, a.countyId);
    expect(data<any>(await fromA('identity', 'me')).county).toEqual({ id: a.countyId, name: '云溪县' });
    const fromB = phone(`o-${randomUUID()}`, b.countyId);
    expect(data<any>(await fromB('campaign', 'summary')).countyName).toBe('石桥县');

    const lost = `o-${randomUUID()}`;
    const unknown = await phone(lost)('campaign', 'summary');
    expect(unknown).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED', message: CHOOSE_COUNTY } });
    // A county that does not exist is no county: still the chooser.
    expect(errorCode(await phone(lost, randomUUID())('campaign', 'summary'))).toBe('UNAUTHENTICATED');
    const choices = data<any[]>(await phone(lost)('identity', 'counties'));
    expect(choices.map((c) => c.name)).toEqual(expect.arrayContaining(['云溪县', '石桥县']));
    expect(data<any>(await phone(lost)('identity', 'join', { countyId: b.countyId }))).toEqual({ countyId: b.countyId, joined: true });
    expect(data<any>(await phone(lost)('identity', 'me')).county.name).toBe('石桥县');
  });

  it('never moves a person the server knows: another county\'s link or a second join leaves them where they are', async () => {
    const { phone } = deployment();
    const a = await setUpCounty(phone, '云溪县', '溪口社区');
    const b = await setUpCounty(phone, '石桥县', '桥头社区');
    const openid = `o-${randomUUID()}`;
    data(await phone(openid, a.countyId)('identity', 'me'));
    expect(data<any>(await phone(openid, b.countyId)('identity', 'me')).county.id).toBe(a.countyId);
    expect(data<any>(await phone(openid)('identity', 'join', { countyId: b.countyId }))).toEqual({ countyId: a.countyId, joined: false });
    expect(errorCode(await phone(openid, 'not-a-county')('identity', 'me'))).toBe('VALIDATION');
  });

  it('keeps each county\'s data to itself: places, homes, reports and queues never cross', async () => {
    const { phone } = deployment();
    const a = await setUpCounty(phone, '云溪县', '溪口社区');
    const b = await setUpCounty(phone, '石桥县', '桥头社区');
    const residentA = phone(`o-${randomUUID()}`, a.countyId);
    const residentB = phone(`o-${randomUUID()}`, b.countyId);

    expect(data<any[]>(await residentA('places', 'communities')).map((c) => c.name)).toEqual(['溪口社区']);
    expect(data<any[]>(await residentB('places', 'communities')).map((c) => c.name)).toEqual(['桥头社区']);
    const roomOf = async (countyId: string) =>
      (await t.db.selectFrom('households').select('id').where('countyId', '=', countyId).executeTakeFirstOrThrow()).id;
    // A's resident cannot reach B's room, even by its id.
    expect(['NOT_FOUND', 'VALIDATION']).toContain(errorCode(await residentA('households', 'requestBinding', { householdId: await roomOf(b.countyId), relation: 'owner' })));
    data(await residentA('households', 'requestBinding', { householdId: await roomOf(a.countyId), relation: 'owner' }));

    const categories = data<any[]>(await residentA('reports', 'categories'));
    const photo = data<any>(await residentA('files', 'upload', { data: '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==' })).ref;
    data(await residentA('privacy', 'consent', { purpose: 'precise_location' }));
    data(
      await residentA('reports', 'submit', {
        idempotencyKey: randomUUID(),
        categoryId: categories[0].id,
        description: '溪口社区门口的路灯坏了三天了',
        latitude: 29.5,
        longitude: 106.5,
        address: '溪口路1号',
        anonymous: false,
        photos: [photo],
      }),
    );
    expect(data<any[]>(await a.admin('reports', 'staffQueue', { filter: 'waiting' }))).toHaveLength(1);
    expect(data<any[]>(await b.admin('reports', 'staffQueue', { filter: 'waiting' }))).toEqual([]);
    // Standing on the same spot with A's category, B's resident sees none of A's reports.
    expect(data<any[]>(await residentB('reports', 'nearby', { categoryId: categories[0].id, latitude: 29.5, longitude: 106.5 }))).toEqual([]);
    expect(data<any[]>(await residentA('reports', 'nearby', { categoryId: categories[0].id, latitude: 29.5, longitude: 106.5 }))).toHaveLength(1);
    expect(data<any[]>(await b.admin('places', 'locations')).map((c) => c.name)).toEqual(['桥头社区']);
  });
});
