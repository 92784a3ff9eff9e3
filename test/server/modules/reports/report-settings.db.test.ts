import { data, errorCode, seedCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { fileReport } from './report-fixtures';

const t = useTestDatabase();

describe('the admin edits 随手拍 categories and where they go', () => {
  it('adds a category that residents can then pick, routed by its rule', async () => {
    const county = await seedCounty(t.db);
    const { categoryId } = data<any>(
      await county.as('admin')('reports', 'saveCategory', { name: '共享单车乱停放', active: true, departmentId: county.departments['县城市管理局'], deadlineHours: 12 }),
    );
    const offered = data<any[]>(await county.as('guardian')('reports', 'categories', {}));
    expect(offered.at(-1)).toEqual({ id: categoryId, name: '共享单车乱停放' });
    const reportId = await fileReport(county, 'guardian', '共享单车乱停放');
    const view = data<any>(await county.as('staff')('reports', 'detail', { reportId }));
    expect(view.routed).toMatchObject({ department: '县城市管理局' });
    expect(Date.parse(view.routed.deadline) - Date.parse(view.submittedAt)).toBe(12 * 3_600_000);
    const audit = await t.db.selectFrom('auditEvents').select('action').where('subjectId', '=', categoryId).execute();
    expect(audit.map((a) => a.action)).toEqual(['report_category.create']);
  });

  it('switches a category off without touching the reports filed under it', async () => {
    const county = await seedCounty(t.db);
    const reportId = await fileReport(county, 'guardian', '噪音扰民');
    const settings = data<any>(await county.as('admin')('reports', 'settings', {}));
    const noise = settings.categories.find((c: any) => c.name === '噪音扰民');
    data(await county.as('admin')('reports', 'saveCategory', { categoryId: noise.id, name: '噪音扰民', active: false, departmentId: noise.rule.departmentId, deadlineHours: noise.rule.deadlineHours }));
    expect(data<any[]>(await county.as('guardian')('reports', 'categories', {})).map((c) => c.name)).not.toContain('噪音扰民');
    expect(data<any>(await county.as('guardian')('reports', 'detail', { reportId })).category).toBe('噪音扰民');
  });

  it('lets an area rule beat the county-wide one, and removing it restores the default', async () => {
    const county = await seedCounty(t.db);
    const settings = data<any>(await county.as('admin')('reports', 'settings', {}));
    const litter = settings.categories.find((c: any) => c.name === '乱扔垃圾');
    const east = settings.areas.find((a: any) => a.name === '城东片区');
    const environment = county.departments['县生态环境分局'];
    data(await county.as('admin')('reports', 'saveAreaRule', { categoryId: litter.id, areaId: east.id, departmentId: environment, deadlineHours: 6 }));
    // 王建国 lives in 幸福里社区, in 城东片区.
    const reportId = await fileReport(county, 'guardian', '乱扔垃圾');
    expect(data<any>(await county.as('staff')('reports', 'detail', { reportId })).routed).toMatchObject({ department: '县生态环境分局' });
    data(await county.as('admin')('reports', 'saveAreaRule', { categoryId: litter.id, areaId: east.id, departmentId: null }));
    expect(data<any>(await county.as('staff')('reports', 'detail', { reportId })).routed).toMatchObject({ department: '县城市管理局' });
  });

  it('refuses a duplicate name, and refuses everyone but the admin', async () => {
    const county = await seedCounty(t.db);
    const input = { name: '乱扔垃圾', active: true, departmentId: county.departments['县城市管理局'], deadlineHours: 24 };
    expect(errorCode(await county.as('admin')('reports', 'saveCategory', input))).toBe('CONFLICT');
    for (const person of ['staff', 'handler', 'guardian', 'captain'] as const) {
      expect(errorCode(await county.as(person)('reports', 'settings', {}))).toBe('FORBIDDEN');
      expect(errorCode(await county.as(person)('reports', 'saveCategory', { ...input, name: '新类型' }))).toBe('FORBIDDEN');
    }
    const other = await seedCounty(t.db);
    expect(errorCode(await county.as('admin')('reports', 'saveCategory', { ...input, name: '新类型', departmentId: other.departments['县城市管理局'] }))).toBe('VALIDATION');
    expect(errorCode(await county.as('admin')('reports', 'saveCategory', { ...input, name: '新类型', deadlineHours: 0 }))).toBe('VALIDATION');
  });
});
