import { randomUUID } from 'node:crypto';
import { data, seedCounty, TestCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import type { DemoKey } from '../../../../server/db/seed/demo-county';
import { addVolunteers } from '../activities/activity-fixtures';
import { raised } from '../matters/matter-fixtures';
import { assignedCase, fileReport } from '../reports/report-fixtures';

const t = useTestDatabase();

async function desks(county: TestCounty, who: DemoKey): Promise<any[]> {
  return data<any>(await county.as(who)('campaign', 'workbench', {})).desks;
}

function count(desk: any, key: string): number | null {
  const tile = desk.tiles.find((x: any) => x.key === key);
  if (!tile) throw new Error(`no tile ${key} on ${desk.title}`);
  return tile.count;
}

describe('工作台', () => {
  it('a resident with no working role has no desk', async () => {
    const county = await seedCounty(t.db);
    expect(await desks(county, 'resident')).toEqual([]);
    expect(await desks(county, 'guardian')).toEqual([]);
  });

  it("the captain's desk counts the bindings and matters waiting in their building, and opens each queue", async () => {
    const county = await seedCounty(t.db);
    data(await county.as('resident')('households', 'requestBinding', { householdId: county.households['幸福里社区/1号楼/1单元/501'], relation: 'tenant' }));
    await raised(county);
    const [desk] = await desks(county, 'captain');
    expect(desk).toMatchObject({ role: 'captain', title: '楼长 · 幸福里社区 1号楼' });
    expect(count(desk, 'bindings')).toBe(1);
    expect(count(desk, 'matters')).toBe(1);
    expect(desk.tiles.find((x: any) => x.key === 'bindings').path).toBe('/features/captain/pages/queue/index');
    expect(desk.tiles.find((x: any) => x.key === 'notices')).toMatchObject({ count: null, path: '/features/notices/pages/manage/index' });
  });

  it("the staff's desk counts new 随手拍 of their community; the handler's, new work orders once assigned", async () => {
    const county = await seedCounty(t.db);
    const reportId = await fileReport(county);
    const [staff] = await desks(county, 'staff');
    expect(staff).toMatchObject({ role: 'staff', title: '社区工作人员 · 幸福里社区' });
    expect(count(staff, 'cases')).toBe(1);
    expect(count((await desks(county, 'handler'))[0], 'toStart')).toBe(0);
    await assignedCase(county, reportId);
    expect(count((await desks(county, 'staff'))[0], 'cases')).toBe(0);
    expect(count((await desks(county, 'handler'))[0], 'toStart')).toBe(1);
  });

  it("the team leader's desk counts applications to their team", async () => {
    const county = await seedCounty(t.db);
    const [applicant] = await addVolunteers(county, 1);
    data(await applicant.call('volunteers', 'apply', { teamId: county.teamId }));
    const [desk] = await desks(county, 'team_lead');
    expect(desk.role).toBe('team_lead');
    expect(count(desk, 'applications')).toBe(1);
    expect(desk.tiles.find((x: any) => x.key === 'applications').path).toBe(`/features/volunteers/pages/members/index?id=${county.teamId}`);
  });

  it('the command centre sees reports no community claims', async () => {
    const county = await seedCounty(t.db);
    await fileReport(county, 'resident', '乱扔垃圾', { latitude: 30.5, longitude: 110.5, address: '县界外的山路边' });
    const [desk] = await desks(county, 'admin');
    expect(desk.role).toBe('admin');
    expect(count(desk, 'unclaimed')).toBe(1);
  });

  it('a person with several roles sees a desk for each', async () => {
    const county = await seedCounty(t.db);
    await t.db
      .insertInto('roleGrants')
      .values({ id: randomUUID(), countyId: county.countyId, userId: county.people.staff.userId, role: 'captain', scopeType: 'building', scopeId: county.buildings['幸福里社区/2号楼'], grantedBy: null })
      .execute();
    expect((await desks(county, 'staff')).map((d) => d.role)).toEqual(['captain', 'staff']);
  });
});
