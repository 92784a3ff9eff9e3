import { data, seedCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { categoryId, north, reportInput, SPOT } from './report-fixtures';

const t = useTestDatabase();

describe('open reports nearby', () => {
  it('finds an open report of the category ~30 m away, but not one ~70 m away, of another category, or rejected', async () => {
    const county = await seedCounty(t.db);
    const parking = await categoryId(county, '违章停车');
    const litter = await categoryId(county, '乱扔垃圾');
    const submit = async (category: string, at: { latitude: number; longitude: number }, description: string) =>
      data<any>(await county.as('guardian')('reports', 'submit', await reportInput(county, 'guardian', category, { ...at, description }))).reportId as string;

    const near = await submit(parking, north(30), '消防通道被一辆白色轿车堵住了，已经停了两天');
    await submit(parking, north(70), '七十米外的违章停车');
    await submit(litter, north(10), '十米外的乱扔垃圾');
    const rejected = await submit(parking, north(20), '二十米外但已不予受理的问题');
    await t.db.updateTable('reports').set({ status: 'rejected' }).where('id', '=', rejected).execute();
    const assigned = await submit(parking, north(40), '四十米外已派单的违章停车');
    await t.db.updateTable('reports').set({ status: 'assigned' }).where('id', '=', assigned).execute();

    const found = data<any[]>(await county.as('resident')('reports', 'nearby', { categoryId: parking, ...SPOT }));
    expect(found.map((r) => r.id)).toEqual([near, assigned]);
    expect(found[0]).toEqual({
      id: near,
      category: '违章停车',
      address: '幸福里社区1号楼东侧人行道',
      description: '消防通道被一辆白色轿车堵住了，已经停了两天',
      status: 'submitted',
      statusLabel: '待受理',
      submittedAt: expect.any(String),
      followers: 0,
      distance: 30,
    });
    expect(found[1]).toMatchObject({ statusLabel: '已派单', distance: 40 });
  });

  it('shows at most 60 characters of the description', async () => {
    const county = await seedCounty(t.db);
    const clutter = await categoryId(county, '杂物堆放');
    const long = '楼道里堆放了大量纸箱和旧家具，'.repeat(8);
    data(await county.as('guardian')('reports', 'submit', await reportInput(county, 'guardian', clutter, { description: long })));
    const [found] = data<any[]>(await county.as('resident')('reports', 'nearby', { categoryId: clutter, ...SPOT }));
    expect(found.description).toBe(Array.from(long).slice(0, 60).join(''));
  });

  it('never tells others who reported, anonymous or not', async () => {
    const county = await seedCounty(t.db);
    const flyers = await categoryId(county, '小广告/乱张贴');
    const reporter = county.people.guardian;
    const anonymous = data<any>(await county.as('guardian')('reports', 'submit', await reportInput(county, 'guardian', flyers, { anonymous: true }))).reportId;
    data(await county.as('guardian')('reports', 'submit', await reportInput(county, 'guardian', flyers, { ...north(5), anonymous: false })));

    const responses = [
      await county.as('resident')('reports', 'nearby', { categoryId: flyers, ...SPOT }),
      await county.as('staff')('reports', 'nearby', { categoryId: flyers, ...SPOT }),
      await county.as('handler')('reports', 'nearby', { categoryId: flyers, ...SPOT }),
      await county.as('resident')('reports', 'mine'),
      await county.as('resident')('reports', 'meToo', { reportId: anonymous }),
    ];
    expect(data<any[]>(responses[0])).toHaveLength(2);
    for (const response of responses) {
      expect(response.ok).toBe(true);
      const text = JSON.stringify(response);
      expect(text).not.toContain(reporter.userId);
      expect(text).not.toContain('王建国');
      expect(text).not.toContain(reporter.openid);
    }
  });

  it('stays inside the caller\'s county', async () => {
    const county = await seedCounty(t.db);
    const other = await seedCounty(t.db);
    const litter = await categoryId(other, '乱扔垃圾');
    data(await other.as('guardian')('reports', 'submit', await reportInput(other, 'guardian', litter)));
    expect(data<any[]>(await county.as('resident')('reports', 'nearby', { categoryId: litter, ...SPOT }))).toEqual([]);
  });
});
