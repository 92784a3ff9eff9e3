import { SITE_CHANGED_ELSEWHERE } from '../../../../server/modules/inspections/contracts';
import { data, errorCode, seedCounty, type TestCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { answers, MARKET, roundWith } from './inspection-fixtures';

const t = useTestDatabase();
jest.setTimeout(60_000);

async function siteOf(county: TestCounty, name: string): Promise<any> {
  return data<any[]>(await county.as('admin')('inspections', 'sites', {})).find((s) => s.id === county.inspectionSites[name]);
}

/** The site as the admin's form sends it back. */
async function formOf(county: TestCounty, name: string) {
  const s = await siteOf(county, name);
  return { siteId: s.id, version: s.version, name: s.name, siteType: s.siteType, communityId: s.communityId, departmentId: s.departmentId, address: s.address, latitude: s.latitude, longitude: s.longitude };
}

describe('修改 an inspection site', () => {
  it('changes its name, type, community (and area), responsible unit and place, audited with what changed', async () => {
    const county = await seedCounty(t.db);
    const form = await formOf(county, '幸福里农贸市场');
    const edited = data<any>(
      await county.as('admin')('inspections', 'editSite', {
        ...form,
        name: '幸福里综合市场',
        siteType: '商业大街',
        communityId: county.communities['新华社区'],
        departmentId: county.departments['县市场监督管理局'],
        address: '幸福路34号',
        latitude: 34.82,
        longitude: 114.81,
      }),
    );
    expect(edited).toMatchObject({ name: '幸福里综合市场', siteType: '商业大街', community: '新华社区', area: '城西片区', department: '县市场监督管理局', address: '幸福路34号', latitude: 34.82, retired: false });
    expect(await siteOf(county, '幸福里农贸市场')).toEqual(edited);
    const audit = await county.runtime.db.selectFrom('auditEvents').select(['action', 'data']).where('subjectId', '=', form.siteId).execute();
    expect(audit).toEqual([expect.objectContaining({ action: 'inspections.editSite' })]);
    expect((audit[0].data as any).before).toMatchObject({ name: '幸福里农贸市场', siteType: '农贸市场' });
    expect(Object.keys((audit[0].data as any).after).sort()).toEqual(['address', 'areaId', 'communityId', 'departmentId', 'latitude', 'longitude', 'name', 'siteType']);
  });

  it('refuses another site’s name, or a community or unit not the county’s', async () => {
    const county = await seedCounty(t.db);
    const other = await seedCounty(t.db);
    const form = await formOf(county, '幸福里农贸市场');
    expect(errorCode(await county.as('admin')('inspections', 'editSite', { ...form, name: '新华农贸市场' }))).toBe('CONFLICT');
    expect(errorCode(await county.as('admin')('inspections', 'editSite', { ...form, communityId: other.communities['新华社区'] }))).toBe('VALIDATION');
    expect(errorCode(await county.as('admin')('inspections', 'editSite', { ...form, departmentId: other.departments['县城市管理局'] }))).toBe('VALIDATION');
    expect((await siteOf(county, '幸福里农贸市场')).name).toBe('幸福里农贸市场');
  });

  it('only the command centre edits or retires; another county’s admin finds nothing', async () => {
    const county = await seedCounty(t.db);
    const other = await seedCounty(t.db);
    const form = await formOf(county, '幸福里农贸市场');
    for (const role of ['inspector', 'staff', 'handler', 'resident'] as const) {
      expect(errorCode(await county.as(role)('inspections', 'editSite', { ...form, name: '改个名字' }))).toBe('FORBIDDEN');
      expect(errorCode(await county.as(role)('inspections', 'retireSite', { siteId: form.siteId, retired: true }))).toBe('FORBIDDEN');
    }
    expect(errorCode(await other.as('admin')('inspections', 'editSite', { ...form, communityId: other.communities['幸福里社区'], departmentId: other.departments['县城市管理局'] }))).toBe('NOT_FOUND');
    expect(errorCode(await other.as('admin')('inspections', 'retireSite', { siteId: form.siteId, retired: true }))).toBe('NOT_FOUND');
    expect(await siteOf(county, '幸福里农贸市场')).toMatchObject({ name: '幸福里农贸市场', retired: false });
  });
});

describe('two admins editing one site: an edit is written only onto the version its admin saw', () => {
  it('an edit made on the site as it was before someone else’s edit is refused and writes nothing; 停用 and 恢复 raise the version too', async () => {
    const county = await seedCounty(t.db);
    const seen = await formOf(county, '幸福里农贸市场');
    expect(seen.version).toBe(1);
    expect(data<any>(await county.as('admin')('inspections', 'editSite', { ...seen, address: '幸福路34号' })).version).toBe(2);
    const late = await county.as('admin')('inspections', 'editSite', { ...seen, name: '幸福里菜市场' });
    expect(!late.ok && [late.error.code, late.error.message]).toEqual(['CONFLICT', SITE_CHANGED_ELSEWHERE]);
    expect(await siteOf(county, '幸福里农贸市场')).toMatchObject({ name: '幸福里农贸市场', address: '幸福路34号', version: 2 });
    expect(data<any>(await county.as('admin')('inspections', 'retireSite', { siteId: seen.siteId, retired: true })).version).toBe(3);
    expect(errorCode(await county.as('admin')('inspections', 'editSite', { ...seen, version: 2, name: '幸福里菜市场' }))).toBe('CONFLICT');
    expect(await siteOf(county, '幸福里农贸市场')).toMatchObject({ name: '幸福里农贸市场', retired: true, version: 3 });
  });

  it('of twenty edits of the same site made on the same version, one is written and the rest are refused: none is lost silently', async () => {
    const county = await seedCounty(t.db);
    const seen = await formOf(county, '幸福里农贸市场');
    // Open the connections first, so that the racing edits meet at the site's row.
    await Promise.all(Array.from({ length: 20 }, () => county.as('admin')('inspections', 'sites', {})));
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => county.as('admin')('inspections', 'editSite', { ...seen, address: `幸福路${i + 40}号` })));
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(answers.filter((a) => !a.ok).every((a) => !a.ok && a.error.code === 'CONFLICT' && a.error.message === SITE_CHANGED_ELSEWHERE)).toBe(true);
    const site = await siteOf(county, '幸福里农贸市场');
    expect(site.version).toBe(2);
    const audit = await county.runtime.db.selectFrom('auditEvents').select('data').where('subjectId', '=', seen.siteId).where('action', '=', 'inspections.editSite').execute();
    expect(audit.map((a) => (a.data as any).after.address)).toEqual([site.address]);
  });
});

describe('a published bulletin keeps the site as it was inspected', () => {
  it('the site edited afterwards: the bulletin still names its old name, community, area and unit', async () => {
    const county = await seedCounty(t.db);
    const roundId = await roundWith(county);
    data(await county.as('inspector')('inspections', 'submit', await answers(county, roundId, 1)));
    const before = data<any>(await county.as('admin')('inspections', 'publish', { roundId }));
    data(
      await county.as('admin')('inspections', 'editSite', {
        ...(await formOf(county, '幸福里农贸市场')),
        name: '幸福里综合市场',
        communityId: county.communities['新华社区'],
        departmentId: county.departments['县市场监督管理局'],
      }),
    );
    const after = data<any>(await county.as('resident')('inspections', 'bulletin', { roundId }));
    expect(after.sites).toEqual(before.sites);
    expect(after.sites[0]).toMatchObject({ name: '幸福里农贸市场', community: '幸福里社区', department: '县城市管理局' });
    expect(after.areas.map((a: any) => a.name)).toEqual(['城东片区']);
    expect(after.worstFindings[0].site).toBe('幸福里农贸市场');
    expect(MARKET.latitude).toBeGreaterThan(0);
  });
});

describe('停用 a site', () => {
  it('is never sampled or picked into a new round; a round that had it keeps it; 恢复 brings it back', async () => {
    const county = await seedCounty(t.db);
    const admin = county.as('admin');
    const market = county.inspectionSites['幸福里农贸市场'];
    const roundId = await roundWith(county);
    expect(data<any>(await admin('inspections', 'retireSite', { siteId: market, retired: true }))).toMatchObject({ retired: true });
    expect(errorCode(await admin('inspections', 'retireSite', { siteId: market, retired: true }))).toBe('CONFLICT');
    // The open round still has it, and the inspector can still fill it in.
    const round = data<any>(await admin('inspections', 'round', { roundId }));
    expect(round.assignments.map((a: any) => a.site.id)).toEqual([market]);
    data(await county.as('inspector')('inspections', 'submit', await answers(county, roundId, 0)));
    // New rounds: not picked by hand, never drawn at random.
    const teams = [[county.people.inspector.userId]];
    expect(errorCode(await admin('inspections', 'createRound', { title: '专项暗访', kind: 'ad_hoc', siteIds: [market], teams }))).toBe('VALIDATION');
    for (let i = 0; i < 5; i++) {
      const drawn = data<any>(await admin('inspections', 'createRound', { title: `抽查${i + 1}`, kind: 'ad_hoc', sample: { siteTypes: ['农贸市场'], areaIds: [], count: 5 }, teams }));
      const sites = data<any>(await admin('inspections', 'round', { roundId: drawn.id })).assignments.map((a: any) => a.site.id);
      expect(sites).not.toContain(market);
      expect(sites).toHaveLength(1);
    }
    const audit = await county.runtime.db.selectFrom('auditEvents').select('action').where('subjectId', '=', market).execute();
    expect(audit.map((a) => a.action)).toEqual(['inspections.retireSite']);
    data(await admin('inspections', 'retireSite', { siteId: market, retired: false }));
    data(await admin('inspections', 'createRound', { title: '专项暗访', kind: 'ad_hoc', siteIds: [market], teams }));
  });
});
