import { data, errorCode, seedCounty, shopPledgeInput, TestCounty } from '../../support/app';
import { useTestDatabase } from '../../support/db';

const t = useTestDatabase();
const REASON = '内容含有不适宜公开的词语，请修改后再提交';

const pledge = shopPledgeInput;

const shopsOf = (county: TestCounty) => t.db.selectFrom('shops').select('name').where('countyId', '=', county.countyId).execute();

describe('content safety on public text', () => {
  it('refuses a shop named with a blocked word, naming the field, and writes no shop', async () => {
    const county = await seedCounty(t.db);
    const result = await county.as('shopkeeper')('shops', 'signPledge', pledge(county, { shopName: '代开 发票 小卖部' }));
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'VALIDATION', message: REASON, details: [{ field: 'shopName', message: REASON }] }) });
    expect(await shopsOf(county)).toEqual([]);
    const pledges = await t.db.selectFrom('shopPledges').select('id').where('countyId', '=', county.countyId).execute();
    expect(pledges).toEqual([]);
  });

  it('checks the address too', async () => {
    const county = await seedCounty(t.db);
    const result = await county.as('shopkeeper')('shops', 'signPledge', pledge(county, { address: '幸福路18号 赌*博室' }));
    expect(result.ok ? undefined : result.error.details).toEqual([{ field: 'address', message: REASON }]);
    expect(await shopsOf(county)).toEqual([]);
  });

  it('refuses a profile name with a blocked word and leaves the name as it was', async () => {
    const county = await seedCounty(t.db);
    const before = data<any>(await county.as('resident')('identity', 'me')).user.name;
    const result = await county.as('resident')('identity', 'updateProfile', { name: '赌 博' });
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'VALIDATION', details: [{ field: 'name', message: REASON }] }) });
    expect(data<any>(await county.as('resident')('identity', 'me')).user.name).toBe(before);
  });

  it('lets ordinary text through', async () => {
    const county = await seedCounty(t.db);
    expect(data<any>(await county.as('resident')('identity', 'updateProfile', { name: '刘芳' }))).toEqual({ name: '刘芳', avatarRef: null });
    data(await county.as('shopkeeper')('shops', 'signPledge', pledge(county)));
    expect(await shopsOf(county)).toEqual([{ name: '陈记早餐' }]);
  });
});

describe('official texts and decisions', () => {
  it('lets the command centre publish an article that names what it forbids', async () => {
    const county = await seedCounty(t.db);
    const published = await county.as('admin')('conventions', 'publishVersion', {
      conventionId: county.conventions.civic,
      baseVersion: 1,
      title: '青禾县市民文明公约（修订）',
      articles: ['拒绝赌博，远离毒品。'],
    });
    expect(published.ok).toBe(true);
  });

  it('refuses a rejection reason with a blocked word, deciding nothing', async () => {
    const county = await seedCounty(t.db);
    const request = data<any>(
      await county.as('resident')('households', 'requestBinding', { householdId: county.households['幸福里社区/1号楼/1单元/101'], relation: 'owner' }),
    );
    const refused = await county.as('captain')('households', 'decide', { requestId: request.requestId, decision: 'reject', reason: '你这个傻逼' });
    expect(errorCode(refused)).toBe('VALIDATION');
    const row = await t.db.selectFrom('householdRequests').select('status').where('id', '=', request.requestId).executeTakeFirstOrThrow();
    expect(row.status).toBe('pending');
  });
});
