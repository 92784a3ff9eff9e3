import { fixedClock } from '../../../../server/core/clock';
import { addPeople, data, seedCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';

const t = useTestDatabase();

describe('the campaign on the home tab', () => {
  it('counts the days of the campaign in Beijing time and shows live figures', async () => {
    const county = await seedCounty(t.db, { clock: fixedClock('2026-11-27T02:00:00Z') });
    data(await county.as('guardian')('conventions', 'sign', { versionId: county.versions.civic }));
    data(await county.as('captain')('conventions', 'sign', { versionId: county.versions.civic }));
    const summary = data<any>(await county.as('resident')('campaign', 'summary'));
    expect(summary).toEqual({
      countyId: county.countyId,
      countyName: '青禾县',
      campaignName: '青禾县创建全国文明城市',
      startDate: '2025-03-01',
      dayNumber: 637,
      slogan: '',
      bannerRef: null,
      privacyOperator: '',
      privacyContact: '',
      figures: { signers: 2, shopsPledged: 0, householdsBound: 5 }, // 王建国 and his son share one household
    });
  });

  it('keeps counting signers of the civic convention across its versions, each person once', async () => {
    const county = await seedCounty(t.db);
    data(await county.as('guardian')('conventions', 'sign', { versionId: county.versions.civic }));
    data(await county.as('captain')('conventions', 'sign', { versionId: county.versions.civic }));
    const v2 = data<any>(
      await county.as('admin')('conventions', 'publishVersion', { conventionId: county.conventions.civic, baseVersion: 1, title: '修订版', articles: ['礼让斑马线。'] }),
    );
    expect(data<any>(await county.as('resident')('campaign', 'summary')).figures.signers).toBe(2);
    data(await county.as('guardian')('conventions', 'sign', { versionId: v2.versionId }));
    data(await county.as('resident')('conventions', 'sign', { versionId: v2.versionId }));
    expect(data<any>(await county.as('resident')('campaign', 'summary')).figures.signers).toBe(3);
  });

  it('tells a captain about requests waiting for them, and the resident who asked that it waits on the captain; one who never asked, to bind', async () => {
    const county = await seedCounty(t.db);
    data(await county.as('resident')('households', 'requestBinding', { householdId: county.households['幸福里社区/1号楼/1单元/101'], relation: 'owner' }));
    const captain = data<any[]>(await county.as('captain')('campaign', 'todo'));
    expect(captain[0]).toMatchObject({ kind: 'review_bindings', title: '有 1 个住户绑定申请等您审核' });
    const resident = data<any[]>(await county.as('resident')('campaign', 'todo'));
    expect(resident.map((i) => i.kind)).toEqual(['sign', 'binding_pending', 'questionnaire']);
    const [newcomer] = await addPeople(county, 1, { name: '新来的居民' });
    expect(data<any[]>(await newcomer.call('campaign', 'todo')).map((i) => i.kind)).toContain('bind');
  });
});
