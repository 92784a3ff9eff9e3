import { data, seedCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { dispatch } from '../../../../server/runtime/dispatch';
import { findModule } from '../../../../server/modules';

const t = useTestDatabase();

describe('a first visit from WeChat', () => {
  it('registers the caller once as a resident of the deployment county', async () => {
    const county = await seedCounty(t.db);
    const runtime = { ...county.runtime, countyIdForNewUsers: county.countyId };
    const openid = `wx-${county.countyId}`;
    const calls = await Promise.all(
      Array.from({ length: 10 }, () => dispatch(runtime, findModule('identity')!, { action: 'me' }, { openid })),
    );
    const ids = new Set(calls.map((c) => data<any>(c).user.id));
    expect(ids.size).toBe(1);
    const me = data<any>(calls[0]);
    expect(me.county.id).toBe(county.countyId);
    expect(me.roles).toEqual([expect.objectContaining({ role: 'resident', scopeType: 'county' })]);
    expect(me.household).toBeNull();
  });

  it('lets the newcomer give the name their certificate will carry', async () => {
    const county = await seedCounty(t.db);
    const runtime = { ...county.runtime, countyIdForNewUsers: county.countyId };
    const openid = `wx2-${county.countyId}`;
    const identity = findModule('identity')!;
    data(await dispatch(runtime, identity, { action: 'updateProfile', input: { name: '刘芳' } }, { openid }));
    expect(data<any>(await dispatch(runtime, identity, { action: 'me' }, { openid })).user.name).toBe('刘芳');
  });
});

describe('who am I', () => {
  it('shows a guardian their household, their child and their roles', async () => {
    const county = await seedCounty(t.db);
    const me = data<any>(await county.as('guardian')('identity', 'me'));
    expect(me.household.label).toBe('幸福里社区 1号楼 1单元 301');
    expect(me.wards).toEqual([{ id: county.people.minor.userId, name: '王小明' }]);
    const child = data<any>(await county.as('minor')('identity', 'me'));
    expect(child.user.isMinor).toBe(true);
    expect(child.guardians).toEqual([{ name: '王建国' }]);
  });

  it('names the scope of each role', async () => {
    const county = await seedCounty(t.db);
    const me = data<any>(await county.as('captain')('identity', 'me'));
    expect(me.roles).toEqual(expect.arrayContaining([expect.objectContaining({ role: 'captain', scopeType: 'building', scopeName: '幸福里社区 1号楼' })]));
  });
});

describe('a malformed first call', () => {
  it('registers nobody', async () => {
    const county = await seedCounty(t.db);
    const runtime = { ...county.runtime, countyIdForNewUsers: county.countyId };
    const openid = `wx3-${county.countyId}`;
    await dispatch(runtime, findModule('identity')!, { action: 'dropTables' }, { openid });
    await dispatch(runtime, findModule('identity')!, { action: 'updateProfile', input: { name: 1 } }, { openid });
    const users = await t.db.selectFrom('users').select('id').where('openid', '=', openid).execute();
    expect(users).toEqual([]);
  });
});
