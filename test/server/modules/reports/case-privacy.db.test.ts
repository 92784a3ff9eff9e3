import { data, seedCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { fileReport, fixedCase, movableClock, SPOT } from './report-fixtures';

const t = useTestDatabase();

describe('an anonymous reporter is anonymous to everyone but the system', () => {
  it('leaves no trace of the reporter in any response staff, handlers, the command centre or the public receive', async () => {
    const { clock, advanceHours } = movableClock('2026-11-15T02:00:00Z');
    const county = await seedCounty(t.db, { clock });
    const reporter = county.people.guardian;
    const reportId = await fileReport(county, 'guardian', '乱扔垃圾', { anonymous: true });
    const stillOpen = await fileReport(county, 'guardian', '违章停车', { anonymous: true });
    data(await county.as('staff')('reports', 'assign', { reportId: stillOpen }));
    await fixedCase(county, reportId);
    data(await county.as('guardian')('reports', 'rate', { reportId, rating: 4 }));
    advanceHours(24 * 5);

    const categories = data<any[]>(await county.as('resident')('reports', 'categories', {}));
    const littering = categories.find((c) => c.name === '乱扔垃圾').id;
    const responses = [
      ...(await Promise.all(['waiting', 'assigned', 'done'].map((filter) => county.as('staff')('reports', 'staffQueue', { filter })))),
      await county.as('staff')('reports', 'detail', { reportId }),
      await county.as('handler')('reports', 'handlerQueue', { filter: 'open' }),
      await county.as('handler')('reports', 'handlerQueue', { filter: 'done' }),
      await county.as('handler')('reports', 'detail', { reportId }),
      await county.as('handler')('inbox', 'list', {}),
      await county.as('staff')('inbox', 'list', {}),
      await county.as('admin')('reports', 'overdue', {}),
      await county.as('admin')('reports', 'scoreboard', {}),
      await county.as('admin')('reports', 'detail', { reportId: stillOpen }),
      await county.as('resident')('reports', 'detail', { reportId }),
      await county.as('resident')('reports', 'gallery', {}),
      await county.as('resident')('reports', 'nearby', { categoryId: littering, ...SPOT }),
    ];
    for (const response of responses) expect(response.ok).toBe(true);
    const text = JSON.stringify(responses);
    // Make sure the scan looked at the cases at all.
    expect(text).toContain(reportId);
    expect(text).toContain(stillOpen);
    for (const trace of [reporter.userId, reporter.openid, '王建国', '王**', '王*']) expect(text).not.toContain(trace);
    expect(data<any>(await county.as('staff')('reports', 'detail', { reportId })).reporter).toBe('匿名反映人');
  });

  it('names a named reporter in full only to themselves and staff; the public sees the family name', async () => {
    const county = await seedCounty(t.db);
    const reportId = await fileReport(county, 'guardian', '乱扔垃圾', { anonymous: false });
    expect(data<any>(await county.as('staff')('reports', 'detail', { reportId })).reporter).toBe('王建国');
    expect(data<any>(await county.as('guardian')('reports', 'detail', { reportId })).reporter).toBe('王建国');
    expect(data<any>(await county.as('resident')('reports', 'detail', { reportId })).reporter).toBe('王**');
    expect(JSON.stringify(await county.as('handler')('reports', 'staffQueue', {}))).not.toContain('王建国');
  });

  it('never shows a handler as a person, only as the department', async () => {
    const county = await seedCounty(t.db);
    const reportId = await fileReport(county);
    await fixedCase(county, reportId);
    const text = JSON.stringify(await county.as('guardian')('reports', 'detail', { reportId }));
    expect(text).toContain('县城市管理局');
    expect(text).not.toContain('周强');
    expect(text).not.toContain(county.people.handler.userId);
  });
});
