import { data, errorCode, seedCounty } from '../../support/app';
import { useTestDatabase } from '../../support/db';
import { dispatch } from '../../../server/runtime/dispatch';
import { findModule } from '../../../server/modules';

const t = useTestDatabase();

async function pledgeCount(countyId: string) {
  const row = await t.db.selectFrom('pledges').select((eb) => eb.fn.countAll<number>().as('n')).where('countyId', '=', countyId).executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('calling an action', () => {
  it('refuses a call with no caller before anything else', async () => {
    const county = await seedCounty(t.db);
    const result = await county.anonymous('conventions', 'sign', { versionId: county.versions.civic });
    expect(errorCode(result)).toBe('UNAUTHENTICATED');
    expect(await pledgeCount(county.countyId)).toBe(0);
  });

  it('refuses an openid nobody registered when the runtime admits no new users', async () => {
    const county = await seedCounty(t.db);
    expect(errorCode(await county.as({ openid: 'stranger' })('identity', 'me'))).toBe('UNAUTHENTICATED');
  });

  it('answers an unknown action with UNKNOWN_ACTION, also for names from Object.prototype', async () => {
    const county = await seedCounty(t.db);
    expect(errorCode(await county.as('resident')('conventions', 'dropAll'))).toBe('UNKNOWN_ACTION');
    expect(errorCode(await county.as('resident')('conventions', 'constructor'))).toBe('UNKNOWN_ACTION');
    expect(errorCode(await county.as('resident')('conventions', 'toString'))).toBe('UNKNOWN_ACTION');
  });

  it('refuses a malformed event', async () => {
    const county = await seedCounty(t.db);
    const module = findModule('conventions')!;
    for (const event of [null, 'sign', [], { input: {} }, { action: 42 }]) {
      const result = await dispatch(county.runtime, module, event, { openid: county.people.resident.openid });
      expect(errorCode(result)).toBe('VALIDATION');
    }
  });

  it('refuses missing fields, wrong types and oversize text with field details, writing nothing', async () => {
    const county = await seedCounty(t.db);
    const admin = county.as('admin');
    const missing = await admin('conventions', 'publishVersion', { conventionId: county.conventions.civic });
    expect(errorCode(missing)).toBe('VALIDATION');
    expect(missing.ok ? [] : missing.error.details?.map((d) => d.field)).toEqual(expect.arrayContaining(['title', 'articles']));

    const wrongType = await admin('conventions', 'sign', { versionId: 12 });
    expect(errorCode(wrongType)).toBe('VALIDATION');

    const oversize = await admin('conventions', 'publishVersion', {
      conventionId: county.conventions.civic,
      baseVersion: 1,
      title: '新'.repeat(61),
      preamble: '序',
      articles: ['一'],
    });
    expect(errorCode(oversize)).toBe('VALIDATION');
    expect(oversize.ok ? '' : oversize.error.message).toContain('60');
    const versions = await t.db.selectFrom('conventionVersions').select('id').where('conventionId', '=', county.conventions.civic).execute();
    expect(versions).toHaveLength(1);
  });

  it('takes the caller from the platform, never from the request', async () => {
    const county = await seedCounty(t.db);
    const module = findModule('identity')!;
    const event = { action: 'me', input: {}, openid: county.people.admin.openid, userId: county.people.admin.userId, role: 'admin' };
    const me = data<any>(await dispatch(county.runtime, module, event, { openid: county.people.resident.openid }));
    expect(me.user.id).toBe(county.people.resident.userId);
    expect(me.roles.map((r: { role: string }) => r.role)).toEqual(['resident']);
  });

  it('refuses identity fields smuggled into the input', async () => {
    const county = await seedCounty(t.db);
    const result = await county.as('resident')('conventions', 'sign', { versionId: county.versions.civic, userId: county.people.admin.userId });
    expect(errorCode(result)).toBe('VALIDATION');
    expect(await pledgeCount(county.countyId)).toBe(0);
  });
});
