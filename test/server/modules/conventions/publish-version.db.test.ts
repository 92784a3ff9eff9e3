import { data, errorCode, seedCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';

const t = useTestDatabase();

const v2 = (conventionId: string) => ({
  conventionId,
  baseVersion: 1,
  title: '青禾县市民文明公约（2027年修订）',
  preamble: '新的约定',
  articles: ['垃圾分类，从我做起。', '礼让斑马线。'],
});

describe('publishing a new version of a convention', () => {
  it('asks earlier signers to sign again and keeps the history of versions and signatures', async () => {
    const county = await seedCounty(t.db);
    const first = data<any>(await county.as('guardian')('conventions', 'sign', { versionId: county.versions.civic }));
    const published = data<any>(await county.as('admin')('conventions', 'publishVersion', v2(county.conventions.civic)));
    expect(published.version).toBe(2);

    const list = data<any[]>(await county.as('guardian')('conventions', 'list'));
    expect(list.find((c) => c.kind === 'civic')).toMatchObject({ mine: 'resign', signerCount: 0, currentVersion: { version: 2 } });
    const todo = data<any[]>(await county.as('guardian')('campaign', 'todo'));
    expect(todo.map((i) => i.kind)).toContain('resign');

    const detail = data<any>(await county.as('guardian')('conventions', 'get', { conventionId: county.conventions.civic }));
    expect(detail.version.articles).toEqual(['垃圾分类，从我做起。', '礼让斑马线。']);
    expect(detail.myPledge).toBeNull();
    expect(detail.previousPledge).toMatchObject({ id: first.pledgeId, version: 1 });

    const resigned = data<any>(await county.as('guardian')('conventions', 'sign', { versionId: published.versionId }));
    expect(resigned).toMatchObject({ signerNo: 1, alreadySigned: false });

    const history = data<any>(await county.as('guardian')('conventions', 'history', { conventionId: county.conventions.civic }));
    expect(history.versions.map((v: any) => [v.version, v.signerCount, !!v.mySignedAt])).toEqual([
      [2, 1, true],
      [1, 1, true],
    ]);
    const oldCertificate = data<any>(await county.as('guardian')('conventions', 'certificate', { pledgeId: first.pledgeId }));
    expect(oldCertificate).toMatchObject({ version: 1, signerNo: 1 });
  });

  it('refuses a signature on a version that is no longer current', async () => {
    const county = await seedCounty(t.db);
    data(await county.as('admin')('conventions', 'publishVersion', v2(county.conventions.civic)));
    const stale = await county.as('resident')('conventions', 'sign', { versionId: county.versions.civic });
    expect(errorCode(stale)).toBe('CONFLICT');
  });

  it('is the command centre\'s for the county\'s texts; everyone else is refused', async () => {
    const county = await seedCounty(t.db);
    for (const who of ['resident', 'captain', 'staff', 'handler', 'team_lead', 'minor'] as const) {
      expect(errorCode(await county.as(who)('conventions', 'publishVersion', v2(county.conventions.civic)))).toBe('FORBIDDEN');
    }
    const versions = await t.db.selectFrom('conventionVersions').select('id').where('conventionId', '=', county.conventions.civic).execute();
    expect(versions).toHaveLength(1);
  });

  it('lets community staff publish their own community\'s residents\' convention, not another\'s', async () => {
    const county = await seedCounty(t.db);
    const own = await county.as('staff')('conventions', 'publishVersion', { ...v2(county.conventions.residents), title: '幸福里社区居民公约（修订）' });
    expect(data<any>(own).version).toBe(2);
    const other = await seedCounty(t.db);
    const foreign = await other.as('staff')('conventions', 'publishVersion', v2(county.conventions.residents));
    expect(errorCode(foreign)).toBe('NOT_FOUND');
  });

  it('refuses staff of another community of the same county, captains, residents, and the admin for a residents\' convention', async () => {
    const county = await seedCounty(t.db);
    const { newId } = await import('../../../../server/core/ids');
    // A staff member of 和平社区 in the same county.
    const heping = county.communities['和平社区'];
    const staffId = newId();
    await t.db.insertInto('users').values({ id: staffId, countyId: county.countyId, openid: `${county.openidPrefix}heping-staff`, name: '周敏' }).execute();
    await t.db.insertInto('roleGrants').values({ id: newId(), countyId: county.countyId, userId: staffId, role: 'staff', scopeType: 'community', scopeId: heping, grantedBy: null }).execute();
    const attempt = v2(county.conventions.residents);
    expect(errorCode(await county.as({ openid: `${county.openidPrefix}heping-staff` })('conventions', 'publishVersion', attempt))).toBe('FORBIDDEN');
    for (const who of ['captain', 'guardian', 'admin'] as const) {
      expect(errorCode(await county.as(who)('conventions', 'publishVersion', attempt))).toBe('FORBIDDEN');
    }
  });

  it('records who published, when, in which role', async () => {
    const county = await seedCounty(t.db);
    data(await county.as('admin')('conventions', 'publishVersion', v2(county.conventions.civic)));
    const audit = await t.db.selectFrom('auditEvents').selectAll().where('subjectId', '=', county.conventions.civic).execute();
    expect(audit).toEqual([expect.objectContaining({ actorId: county.people.admin.userId, actorRole: 'admin', action: 'convention.publish' })]);
  });

  it('refuses publishing over a version someone else published meanwhile', async () => {
    const county = await seedCounty(t.db);
    data(await county.as('admin')('conventions', 'publishVersion', v2(county.conventions.civic)));
    const stale = await county.as('admin')('conventions', 'publishVersion', { ...v2(county.conventions.civic), title: '另一份修订' });
    expect(errorCode(stale)).toBe('CONFLICT');
    const versions = await t.db.selectFrom('conventionVersions').select(['version', 'title']).where('conventionId', '=', county.conventions.civic).orderBy('version').execute();
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
  });

  it('gives two publishers racing for the same version number one version and one conflict', async () => {
    const county = await seedCounty(t.db);
    const results = await Promise.all([
      county.as('admin')('conventions', 'publishVersion', v2(county.conventions.civic)),
      county.as('admin')('conventions', 'publishVersion', v2(county.conventions.civic)),
    ]);
    const versions = await t.db.selectFrom('conventionVersions').select('version').where('conventionId', '=', county.conventions.civic).execute();
    expect(new Set(versions.map((v) => v.version)).size).toBe(versions.length);
    expect(results.filter((r) => r.ok).length).toBe(versions.length - 1);
  });
});

describe('the texts a person may revise', () => {
  it('are the county\'s texts for the admin and their own community\'s convention for staff', async () => {
    const county = await seedCounty(t.db);
    const admin = data<any[]>(await county.as('admin')('conventions', 'publishable'));
    // The year's 目标责任书 too: a new year, a new version for the units to sign.
    expect(admin.map((c) => c.kind).sort()).toEqual(['civic', 'responsibility', 'shop']);
    const staff = data<any[]>(await county.as('staff')('conventions', 'publishable'));
    expect(staff.map((c) => c.title)).toEqual(['幸福里社区居民公约']);
  });

  it('are none for residents and captains, who are refused', async () => {
    const county = await seedCounty(t.db);
    expect(errorCode(await county.as('resident')('conventions', 'publishable'))).toBe('FORBIDDEN');
    expect(errorCode(await county.as('captain')('conventions', 'publishable'))).toBe('FORBIDDEN');
  });
});
