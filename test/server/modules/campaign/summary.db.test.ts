import { fixedClock } from '../../../../server/core/clock';
import { data, seedCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';

const t = useTestDatabase();

describe('the campaign on the home tab', () => {
  it('counts the days of the campaign in Beijing time and shows live figures', async () => {
    const county = await seedCounty(t.db, { clock: fixedClock('2026-11-27T02:00:00Z') });
    data(await county.as('guardian')('conventions', 'sign', { versionId: county.versions.civic }));
    data(await county.as('captain')('conventions', 'sign', { versionId: county.versions.civic }));
    const summary = data<any>(await county.as('resident')('campaign', 'summary'));
    expect(summary).toEqual({
      countyName: '青禾县',
      campaignName: '青禾县创建全国文明城市',
      startDate: '2025-03-01',
      dayNumber: 637,
      figures: { signers: 2, shopsPledged: 0, householdsBound: 6 },
    });
  });

  it('tells a captain about requests waiting for them, and a new resident to bind and sign', async () => {
    const county = await seedCounty(t.db);
    data(await county.as('resident')('households', 'requestBinding', { householdId: county.households['幸福里社区/1号楼/1单元/101'], relation: 'owner' }));
    const captain = data<any[]>(await county.as('captain')('campaign', 'todo'));
    expect(captain[0]).toMatchObject({ kind: 'review_bindings', title: '有 1 个住户绑定申请等您审核' });
    const resident = data<any[]>(await county.as('resident')('campaign', 'todo'));
    expect(resident.map((i) => i.kind)).toEqual(['sign', 'bind']);
  });
});
