import { escalateOverdue } from '../../../../server/modules/tasks/facade';
import { addPerson, seedCounty, type TestCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { chain, dayFromNow, personTask } from './task-fixtures';

const t = useTestDatabase();
jest.setTimeout(60_000);

async function titlesOf(county: TestCounty, userId: string): Promise<string[]> {
  const rows = await county.runtime.db.selectFrom('inboxMessages').select(['title']).where('userId', '=', userId).where('kind', '=', 'task').orderBy('createdAt').execute();
  return rows.map((r) => r.title);
}

describe('who hears about tasks (docs/notifications.md)', () => {
  it('tells the assignee of a new task, and nobody else', async () => {
    const county = await seedCounty(t.db);
    const before = await titlesOf(county, county.people.handler.userId);
    const { month } = await chain(county);
    await personTask(county, month, { title: '南巷清理' });
    expect((await titlesOf(county, county.people.handler.userId)).slice(before.length)).toEqual(['新任务：南巷清理']);
    expect(await titlesOf(county, county.people.area_lead.userId)).toEqual([]);
    expect(await titlesOf(county, county.people.admin.userId)).toEqual([]);
  });

  it('tells the area’s sub-command and the assignee when an overdue task is escalated; another area’s hears nothing', async () => {
    const county = await seedCounty(t.db);
    const west = await addPerson(county, '城西指挥长', 'area_lead', 'area', county.areas['城西片区']);
    const { month } = await chain(county, { due: -1 });
    await personTask(county, month, { title: '北巷清理', dueOn: dayFromNow(-1) });
    await escalateOverdue(county.runtime.db, new Date(), { countyId: county.countyId });
    expect(await titlesOf(county, county.people.area_lead.userId)).toContain('逾期任务督办：北巷清理');
    expect(await titlesOf(county, county.people.handler.userId)).toContain('任务已逾期：北巷清理');
    expect(await titlesOf(county, west.userId)).toEqual([]);
  });
});
