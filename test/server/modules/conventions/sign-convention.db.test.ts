import { data, errorCode, seedCounty, TestCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';

const t = useTestDatabase();

async function signerCount(versionId: string) {
  const row = await t.db.selectFrom('conventionVersions').select('signerCount').where('id', '=', versionId).executeTakeFirstOrThrow();
  return row.signerCount;
}

async function pledgesOn(versionId: string) {
  return t.db.selectFrom('pledges').select(['userId', 'signerNo']).where('versionId', '=', versionId).execute();
}

/** Residents of a county beyond the demo people, registered as a first WeChat call would. */
async function residents(county: TestCounty, n: number) {
  const { newId } = await import('../../../../server/core/ids');
  const people = Array.from({ length: n }, (_, i) => ({ id: newId(), openid: `${county.countyId}-r${i}` }));
  await t.db
    .insertInto('users')
    .values(people.map((p, i) => ({ id: p.id, countyId: county.countyId, openid: p.openid, name: `居民${i}` })))
    .execute();
  return people;
}

describe('signing the civic convention', () => {
  it('gives the signer the next number and moves the live count', async () => {
    const county = await seedCounty(t.db);
    const first = data<any>(await county.as('resident')('conventions', 'sign', { versionId: county.versions.civic }));
    const second = data<any>(await county.as('guardian')('conventions', 'sign', { versionId: county.versions.civic }));
    expect(first).toMatchObject({ signerNo: 1, alreadySigned: false });
    expect(second).toMatchObject({ signerNo: 2, alreadySigned: false });
    const detail = data<any>(await county.as('captain')('conventions', 'get', { conventionId: county.conventions.civic }));
    expect(detail.signerCount).toBe(2);
    expect(detail.myPledge).toBeNull();
  });

  it('cannot be signed twice: the second signature returns the first', async () => {
    const county = await seedCounty(t.db);
    const sign = () => county.as('resident')('conventions', 'sign', { versionId: county.versions.civic });
    const first = data<any>(await sign());
    const again = data<any>(await sign());
    expect(again).toEqual({ ...first, alreadySigned: true });
    expect(await signerCount(county.versions.civic)).toBe(1);
  });

  it('records exactly one pledge when the same person fires 50 sign requests at once', async () => {
    const county = await seedCounty(t.db);
    const results = await Promise.all(
      Array.from({ length: 50 }, () => county.as('resident')('conventions', 'sign', { versionId: county.versions.civic })),
    );
    // Every answer is either the pledge or a conflict that wrote nothing.
    for (const r of results) expect(r.ok || errorCode(r) === 'CONFLICT').toBe(true);
    const numbers = new Set(results.filter((r) => r.ok).map((r) => (r as any).data.signerNo));
    expect([...numbers]).toEqual([1]);
    expect(await pledgesOn(county.versions.civic)).toHaveLength(1);
    expect(await signerCount(county.versions.civic)).toBe(1);
  });

  it('numbers 60 people signing at once 1 to 60 with no gap and no repeat', async () => {
    const county = await seedCounty(t.db);
    const people = await residents(county, 60);
    const results = await Promise.all(people.map((p) => county.as(p)('conventions', 'sign', { versionId: county.versions.civic })));
    const numbers = results.map((r) => data<any>(r).signerNo).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
    expect(await signerCount(county.versions.civic)).toBe(60);
  });

  it('shows a certificate with the number; others see the name masked', async () => {
    const county = await seedCounty(t.db);
    const pledge = data<any>(await county.as('guardian')('conventions', 'sign', { versionId: county.versions.civic }));
    const own = data<any>(await county.as('guardian')('conventions', 'certificate', { pledgeId: pledge.pledgeId }));
    expect(own).toMatchObject({ signerName: '王建国', signerNo: 1, conventionTitle: '青禾县市民文明公约', countyName: '青禾县', isMine: true });
    const shared = data<any>(await county.as('resident')('conventions', 'certificate', { pledgeId: pledge.pledgeId }));
    expect(shared).toMatchObject({ signerName: '王**', isMine: false });
  });

  it('keeps a certificate inside its county', async () => {
    const county = await seedCounty(t.db);
    const other = await seedCounty(t.db);
    const pledge = data<any>(await county.as('guardian')('conventions', 'sign', { versionId: county.versions.civic }));
    expect(errorCode(await other.as('resident')('conventions', 'certificate', { pledgeId: pledge.pledgeId }))).toBe('NOT_FOUND');
    expect(errorCode(await other.as('resident')('conventions', 'sign', { versionId: county.versions.civic }))).toBe('NOT_FOUND');
  });
});

describe('a residents\' convention', () => {
  it('is signed by residents bound in its community', async () => {
    const county = await seedCounty(t.db);
    const list = data<any[]>(await county.as('guardian')('conventions', 'list'));
    expect(list.map((c) => c.title)).toEqual(['青禾县市民文明公约', '幸福里社区居民公约']);
    const pledge = data<any>(await county.as('guardian')('conventions', 'sign', { versionId: county.versions.residents }));
    expect(pledge.signerNo).toBe(1);
  });

  it('refuses a resident of another community, or of none', async () => {
    const county = await seedCounty(t.db);
    const volunteer = await county.as('volunteer')('conventions', 'sign', { versionId: county.versions.residents });
    expect(errorCode(volunteer)).toBe('FORBIDDEN');
    const unbound = await county.as('resident')('conventions', 'sign', { versionId: county.versions.residents });
    expect(errorCode(unbound)).toBe('FORBIDDEN');
    expect(await signerCount(county.versions.residents)).toBe(0);
    const detail = data<any>(await county.as('resident')('conventions', 'get', { conventionId: county.conventions.residents }));
    expect(detail.canSign).toBe(false);
    expect(detail.cannotSignReason).toContain('本社区');
  });

  it('is not where the shop pledge is signed', async () => {
    const county = await seedCounty(t.db);
    expect(errorCode(await county.as('shopkeeper')('conventions', 'sign', { versionId: county.versions.shop }))).toBe('FORBIDDEN');
  });
});
