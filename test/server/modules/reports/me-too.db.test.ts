import { data, errorCode, seedCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { assignedCase, categoryId, fileReport, reportInput, SPOT, written } from './report-fixtures';

const t = useTestDatabase();

describe('"me too" on an open report', () => {
  it('counts each neighbour once and refuses the reporter\'s own report', async () => {
    const county = await seedCounty(t.db);
    const road = await categoryId(county, '道路破损');
    const { reportId } = data<any>(await county.as('guardian')('reports', 'submit', await reportInput(county, 'guardian', road)));

    expect(data<any>(await county.as('resident')('reports', 'meToo', { reportId }))).toEqual({ followers: 1 });
    expect(data<any>(await county.as('resident')('reports', 'meToo', { reportId }))).toEqual({ followers: 1 });
    expect(data<any>(await county.as('captain')('reports', 'meToo', { reportId }))).toEqual({ followers: 2 });

    const own = await county.as('guardian')('reports', 'meToo', { reportId });
    expect(errorCode(own)).toBe('FORBIDDEN');
    expect((await written(t.db, county.countyId)).followers).toBe(2);

    const [nearby] = data<any[]>(await county.as('volunteer')('reports', 'nearby', { categoryId: road, ...SPOT }));
    expect(nearby).toMatchObject({ id: reportId, followers: 2 });
  });

  it('counts one follow when the same person taps 20 times at once', async () => {
    const county = await seedCounty(t.db);
    const { reportId } = data<any>(await county.as('guardian')('reports', 'submit', await reportInput(county, 'guardian', await categoryId(county, '违章搭建'))));
    const results = await Promise.all(Array.from({ length: 20 }, () => county.as('resident')('reports', 'meToo', { reportId })));
    for (const r of results) expect(data<any>(r)).toEqual({ followers: 1 });
    expect((await written(t.db, county.countyId)).followers).toBe(1);
  });

  it('refuses a report that is no longer open', async () => {
    const county = await seedCounty(t.db);
    const { reportId } = data<any>(await county.as('guardian')('reports', 'submit', await reportInput(county, 'guardian', await categoryId(county, '其他'))));
    await t.db.updateTable('reports').set({ status: 'closed' }).where('id', '=', reportId).execute();
    expect(errorCode(await county.as('resident')('reports', 'meToo', { reportId }))).toBe('CONFLICT');
    expect((await written(t.db, county.countyId)).followers).toBe(0);
  });

  it('answers NOT_FOUND for a report of another county', async () => {
    const county = await seedCounty(t.db);
    const other = await seedCounty(t.db);
    const { reportId } = data<any>(await other.as('guardian')('reports', 'submit', await reportInput(other, 'guardian', await categoryId(other, '乱扔垃圾'))));
    const result = await county.as('resident')('reports', 'meToo', { reportId });
    expect(errorCode(result)).toBe('NOT_FOUND');
    expect((await written(t.db, other.countyId)).followers).toBe(0);
  });
});

describe('我也遇到 is for residents', () => {
  it('is not offered to the staff who review the case, the handler who fixes it or the command centre; a neighbour is offered it', async () => {
    const county = await seedCounty(t.db);
    const reportId = await fileReport(county);
    await assignedCase(county, reportId);
    for (const who of ['staff', 'handler', 'admin'] as const) {
      expect([who, data<any>(await county.as(who)('reports', 'detail', { reportId })).actions]).not.toEqual([who, expect.arrayContaining(['meToo'])]);
    }
    expect(data<any>(await county.as('resident')('reports', 'detail', { reportId })).actions).toContain('meToo');
  });
});
