import { data, errorCode, seedCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { approvedFamily } from './family-fixtures';

const t = useTestDatabase();

const NINE = [true, true, true, true, true, true, true, true, true, false];

describe('十星级文明户', () => {
  it("shows the stars staff gave a household on its family's card", async () => {
    const county = await seedCounty(t.db);
    const id = await approvedFamily(county);
    const householdId = county.households['幸福里社区/1号楼/1单元/301'];
    const rated = data<any>(await county.as('staff')('families', 'rateHousehold', { householdId, criteria: NINE }));
    expect(rated).toMatchObject({ stars: 9, met: expect.arrayContaining(['爱党爱国星', '学习创新星']) });
    expect(rated.met).not.toContain('热心公益星');
    const [entry] = data<any[]>(await county.as('resident')('families', 'entries', { campaignId: county.familyCampaignId }));
    expect(entry).toMatchObject({ nominationId: id, stars: 9 });
    // A new rating replaces the old.
    data(await county.as('staff')('families', 'rateHousehold', { householdId, criteria: NINE.map(() => true) }));
    expect(data<any>(await county.as('resident')('families', 'householdStars', { householdId })).stars).toBe(10);
  });

  it('lets only staff of the household\'s community (or the admin) rate, with all ten criteria', async () => {
    const county = await seedCounty(t.db);
    const householdId = county.households['幸福里社区/1号楼/1单元/301'];
    for (const person of ['captain', 'guardian', 'handler'] as const) {
      expect(errorCode(await county.as(person)('families', 'rateHousehold', { householdId, criteria: NINE }))).toBe('FORBIDDEN');
    }
    const peace = county.households['和平社区/2号楼/1单元/502'];
    expect(errorCode(await county.as('staff')('families', 'rateHousehold', { householdId: peace, criteria: NINE }))).toBe('FORBIDDEN');
    expect(errorCode(await county.as('staff')('families', 'rateHousehold', { householdId, criteria: [true] }))).toBe('VALIDATION');
    data(await county.as('admin')('families', 'rateHousehold', { householdId: peace, criteria: NINE }));
  });

  it('names the household to the staff who may rate it (and the admin), never to the family or the public', async () => {
    const county = await seedCounty(t.db);
    const id = await approvedFamily(county);
    const householdId = county.households['幸福里社区/1号楼/1单元/301'];
    const view = (person: Parameters<typeof county.as>[0]) => county.as(person)('families', 'nomination', { nominationId: id });
    expect(data<any>(await view('staff')).householdId).toBe(householdId);
    expect(data<any>(await view('admin')).householdId).toBe(householdId);
    for (const person of ['minor', 'guardian', 'captain', 'volunteer'] as const) {
      expect(data<any>(await view(person)).householdId).toBeNull();
    }
    const [queued] = data<any[]>(await county.as('staff')('families', 'reviewQueue', { campaignId: county.familyCampaignId }));
    expect(queued).toMatchObject({ id, householdId });
    const [entry] = data<any[]>(await county.as('resident')('families', 'entries', { campaignId: county.familyCampaignId }));
    expect(entry).not.toHaveProperty('householdId');
  });
});

