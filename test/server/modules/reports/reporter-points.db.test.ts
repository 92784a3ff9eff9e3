import { POINTS_FOR_ACCEPTED_REPORT } from '../../../../server/modules/reports/reward-reporter';
import { data, seedCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { fileReport } from './report-fixtures';

const t = useTestDatabase();

describe('points for 随手拍', () => {
  it('pays the reporter once when staff accept, whether by 受理 or 受理并派单, and nothing for a rejected report', async () => {
    const county = await seedCounty(t.db);
    const accepted = await fileReport(county);
    data(await county.as('staff')('reports', 'accept', { reportId: accepted }));
    data(await county.as('staff')('reports', 'assign', { reportId: accepted }));
    const assigned = await fileReport(county, 'guardian', '乱扔垃圾', { anonymous: true });
    data(await county.as('staff')('reports', 'assign', { reportId: assigned }));
    const rejected = await fileReport(county, 'guardian', '其他');
    data(await county.as('staff')('reports', 'reject', { reportId: rejected, reason: '不属于城市管理范围' }));

    const balance = data<any>(await county.as('guardian')('points', 'balance', {}));
    expect(balance.balance).toBe(2 * POINTS_FOR_ACCEPTED_REPORT);
    expect(balance.entries.map((e: any) => e.memo)).toEqual(['随手拍反映的问题已受理', '随手拍反映的问题已受理']);
  });
});
