import { data, errorCode, seedCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { approvedFamily, STORY } from './family-fixtures';

const t = useTestDatabase();

const DAY = 24 * 3_600_000;
const at = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const campaign = { title: '2027年度文明家庭评选', description: '小手拉大手，文明一起走。', nominationStartsAt: at(1), nominationEndsAt: at(10), votingStartsAt: at(11), votingEndsAt: at(20) };

describe('creating a campaign', () => {
  it('lets the admin create one whose phase follows its dates', async () => {
    const county = await seedCounty(t.db);
    const { campaignId } = data<any>(await county.as('admin')('families', 'createCampaign', campaign));
    expect(data<any>(await county.as('resident')('families', 'campaign', { campaignId }))).toMatchObject({ phase: 'upcoming', rules: { votesPerDay: 1, requireHousehold: true, minorsMayVote: false } });
  });

  it('refuses everyone but the admin, and dates out of order', async () => {
    const county = await seedCounty(t.db);
    for (const person of ['staff', 'captain', 'guardian'] as const) {
      expect(errorCode(await county.as(person)('families', 'createCampaign', campaign))).toBe('FORBIDDEN');
    }
    expect(errorCode(await county.as('admin')('families', 'createCampaign', { ...campaign, votingStartsAt: at(5) }))).toBe('VALIDATION');
    const rows = await t.db.selectFrom('familyCampaigns').select('id').where('countyId', '=', county.countyId).execute();
    expect(rows).toHaveLength(1); // the seeded one only
  });
});

describe('nominations racing and who may withdraw', () => {
  it('keeps one live nomination when two adults of a household nominate it at once', async () => {
    const county = await seedCounty(t.db);
    const input = { campaignId: county.familyCampaignId, displayName: '王家', story: STORY, photos: [] };
    const neighbourInput = { ...input, householdId: county.households['幸福里社区/1号楼/1单元/301'] };
    const results = await Promise.all([
      county.as('guardian')('families', 'nominate', input),
      county.as('staff')('families', 'nominate', neighbourInput),
      county.as('captain')('families', 'nominate', neighbourInput),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(new Set(results.filter((r) => !r.ok).map(errorCode))).toEqual(new Set(['CONFLICT']));
  });

  it('lets only the consenting guardian withdraw a published family', async () => {
    const county = await seedCounty(t.db);
    const id = await approvedFamily(county);
    expect(errorCode(await county.as('captain')('families', 'withdrawConsent', { nominationId: id }))).toBe('FORBIDDEN');
    expect(errorCode(await county.as('minor')('families', 'withdrawConsent', { nominationId: id }))).toBe('FORBIDDEN');
    expect(data<any[]>(await county.as('resident')('families', 'entries', { campaignId: county.familyCampaignId }))).toHaveLength(1);
  });
});
