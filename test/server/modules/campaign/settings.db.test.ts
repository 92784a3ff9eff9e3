import { randomUUID } from 'node:crypto';
import { fixedClock } from '../../../../server/core/clock';
import { addPerson, data, errorCode, seedCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { TINY_JPEG } from '../reports/report-fixtures';

const t = useTestDatabase();

const settings = { campaignName: '青禾县创建全国文明城市（第二轮）', campaignStart: '2026-01-01', slogan: '文明青禾 你我共建', bannerRef: null, privacyOperator: '青禾县创文办', privacyContact: '0731-12345678' };

async function countyRow(countyId: string) {
  return t.db.selectFrom('counties').select(['campaignName', 'campaignStart', 'slogan', 'bannerRef', 'privacyContact']).where('id', '=', countyId).executeTakeFirstOrThrow();
}

describe('the campaign\'s settings', () => {
  it('the admin renames the campaign, moves its start, gives it a slogan and a banner photo, and every resident\'s home page shows them', async () => {
    const county = await seedCounty(t.db, { clock: fixedClock('2026-12-05T02:00:00Z') });
    const banner = data<{ ref: string }>(await county.as('admin')('files', 'upload', { data: TINY_JPEG })).ref;
    const saved = data<any>(await county.as('admin')('campaign', 'updateSettings', { ...settings, bannerRef: banner }));
    expect(saved).toEqual({ countyName: '青禾县', ...settings, bannerRef: banner });
    expect(data<any>(await county.as('admin')('campaign', 'settings'))).toEqual(saved);
    const home = data<any>(await county.as('resident')('campaign', 'summary'));
    expect(home).toMatchObject({ campaignName: settings.campaignName, startDate: '2026-01-01', dayNumber: 339, slogan: settings.slogan, bannerRef: banner });
  });

  it('records what each change was and became', async () => {
    const county = await seedCounty(t.db);
    data(await county.as('admin')('campaign', 'updateSettings', settings));
    const audit = await t.db.selectFrom('auditEvents').select(['action', 'actorId', 'data']).where('countyId', '=', county.countyId).where('action', '=', 'campaign.updateSettings').execute();
    expect(audit).toEqual([
      {
        action: 'campaign.updateSettings',
        actorId: county.people.admin.userId,
        data: {
          before: { campaignName: '青禾县创建全国文明城市', campaignStart: '2025-03-01', slogan: '', bannerRef: null, privacyOperator: '', privacyContact: '' },
          after: { campaignName: settings.campaignName, campaignStart: '2026-01-01', slogan: settings.slogan, bannerRef: null, privacyOperator: '青禾县创文办', privacyContact: '0731-12345678' },
        },
      },
    ]);
  });

  it('lets no one but the county\'s admins read or change them, and writes nothing when it refuses', async () => {
    const county = await seedCounty(t.db);
    const other = await seedCounty(t.db);
    for (const person of ['resident', 'staff', 'captain', 'handler', 'team_lead', 'minor'] as const) {
      expect(errorCode(await county.as(person)('campaign', 'updateSettings', settings))).toBe('FORBIDDEN');
      expect(errorCode(await county.as(person)('campaign', 'settings'))).toBe('FORBIDDEN');
    }
    // Another county's admin changes their own county, never this one.
    data(await other.as('admin')('campaign', 'updateSettings', settings));
    expect(await countyRow(county.countyId)).toEqual({ campaignName: '青禾县创建全国文明城市', campaignStart: '2025-03-01', slogan: '', bannerRef: null, privacyContact: '' });
  });

  it('refuses a banner someone else uploaded, a start more than a year ahead or on no real day, and a name too short', async () => {
    const county = await seedCounty(t.db, { clock: fixedClock('2026-12-05T02:00:00Z') });
    const theirs = data<{ ref: string }>(await county.as('resident')('files', 'upload', { data: TINY_JPEG })).ref;
    expect(errorCode(await county.as('admin')('campaign', 'updateSettings', { ...settings, bannerRef: theirs }))).toBe('FORBIDDEN');
    expect(errorCode(await county.as('admin')('campaign', 'updateSettings', { ...settings, campaignStart: '2027-12-06' }))).toBe('VALIDATION');
    expect(errorCode(await county.as('admin')('campaign', 'updateSettings', { ...settings, campaignStart: '2026-02-30' }))).toBe('VALIDATION');
    expect(errorCode(await county.as('admin')('campaign', 'updateSettings', { ...settings, campaignName: '创文' }))).toBe('VALIDATION');
    expect(errorCode(await county.as('admin')('campaign', 'updateSettings', { ...settings, countyId: randomUUID() }))).toBe('VALIDATION');
    expect(await countyRow(county.countyId)).toEqual({ campaignName: '青禾县创建全国文明城市', campaignStart: '2025-03-01', slogan: '', bannerRef: null, privacyContact: '' });
    data(await county.as('admin')('campaign', 'updateSettings', { ...settings, campaignStart: '2027-12-05' }));
  });

  it('keeps the current banner without asking who uploaded it, and takes it away with null', async () => {
    const county = await seedCounty(t.db);
    const banner = data<{ ref: string }>(await county.as('admin')('files', 'upload', { data: TINY_JPEG })).ref;
    data(await county.as('admin')('campaign', 'updateSettings', { ...settings, bannerRef: banner }));
    // A second admin edits the slogan and keeps the first admin's banner.
    const second = await addPerson(county, '刘洋', 'admin', 'county', county.countyId);
    data(await second.call('campaign', 'updateSettings', { ...settings, slogan: '人人参与', bannerRef: banner }));
    data(await county.as('admin')('campaign', 'updateSettings', { ...settings, bannerRef: null }));
    expect((await countyRow(county.countyId)).bannerRef).toBeNull();
  });
});
