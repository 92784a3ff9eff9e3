import { data, errorCode, seedCounty, shopPledgeInput } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';

const t = useTestDatabase();

const pledge = shopPledgeInput;

describe('the 门前六包 pledge', () => {
  it('is signed by a shop owner for a named shop, and the shop appears in their list', async () => {
    const county = await seedCounty(t.db);
    const text = data<any>(await county.as('shopkeeper')('shops', 'pledgeText'));
    expect(text.articles).toHaveLength(6);
    const signed = data<any>(await county.as('shopkeeper')('shops', 'signPledge', pledge(county)));
    expect(signed).toMatchObject({ signerNo: 1, alreadySigned: false });
    const shops = data<any[]>(await county.as('shopkeeper')('shops', 'myShops'));
    expect(shops).toEqual([expect.objectContaining({ shopName: '陈记早餐', communityName: '幸福里社区', signerNo: 1, current: true })]);
    expect(data<any>(await county.as('resident')('campaign', 'summary')).figures.shopsPledged).toBe(1);
  });

  it('is signed once per shop, however often it is sent at once: every answer is that one pledge', async () => {
    const county = await seedCounty(t.db);
    const results = await Promise.all(Array.from({ length: 20 }, () => county.as('shopkeeper')('shops', 'signPledge', pledge(county))));
    const ids = results.map((r) => data<any>(r).pledgeId);
    expect(new Set(ids).size).toBe(1);
    expect(results.filter((r) => !data<any>(r).alreadySigned)).toHaveLength(1);
    const rows = await t.db.selectFrom('shopPledges').select('id').where('countyId', '=', county.countyId).execute();
    expect(rows).toHaveLength(1);
  });

  it('lets one owner pledge for two shops with their own numbers', async () => {
    const county = await seedCounty(t.db);
    data(await county.as('shopkeeper')('shops', 'signPledge', pledge(county)));
    const second = data<any>(await county.as('shopkeeper')('shops', 'signPledge', pledge(county, { shopName: '陈记面馆', address: '幸福路20号' })));
    expect(second.signerNo).toBe(2);
  });

  it('refuses someone else pledging for a shop that another owner registered', async () => {
    const county = await seedCounty(t.db);
    data(await county.as('shopkeeper')('shops', 'signPledge', pledge(county)));
    expect(errorCode(await county.as('resident')('shops', 'signPledge', pledge(county)))).toBe('CONFLICT');
  });

  it('refuses a child, an unticked promise, a bad phone and a community of another county', async () => {
    const county = await seedCounty(t.db);
    const other = await seedCounty(t.db);
    expect(errorCode(await county.as('minor')('shops', 'signPledge', pledge(county)))).toBe('FORBIDDEN');
    expect(errorCode(await county.as('shopkeeper')('shops', 'signPledge', pledge(county, { accepted: false })))).toBe('VALIDATION');
    expect(errorCode(await county.as('shopkeeper')('shops', 'signPledge', pledge(county, { contactPhone: '12345' })))).toBe('VALIDATION');
    expect(errorCode(await county.as('shopkeeper')('shops', 'signPledge', pledge(county, { communityId: other.communities['幸福里社区'] })))).toBe('NOT_FOUND');
    const shops = await t.db.selectFrom('shops').select('id').where('countyId', '=', county.countyId).execute();
    expect(shops).toHaveLength(0);
  });
});
