import { addPerson, data, seedCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { TINY_JPEG } from '../reports/report-fixtures';
import { answers, countsOf, roundWith } from './inspection-fixtures';

const t = useTestDatabase();
jest.setTimeout(60_000);

describe('two inspectors submitting the same site at once', () => {
  it('leave one inspection of the site, and its failed items one case each', async () => {
    const county = await seedCounty(t.db);
    const partner = await addPerson(county, '冯督查', 'inspector', 'county', county.countyId);
    const roundId = await roundWith(county, { teams: [[county.people.inspector.userId, partner.userId]] });
    // Each brings their own photos: the same visit written down twice, ten times over.
    const mine = await answers(county, roundId, 2);
    const partnerPhotos: string[] = [];
    for (let i = 0; i < 2; i++) partnerPhotos.push(data<{ ref: string }>(await partner.call('files', 'upload', { data: TINY_JPEG })).ref);
    data(await partner.call('privacy', 'consent', { purpose: 'precise_location' }));
    const theirs = { ...mine, items: mine.items.map((i: any, n: number) => (n < 2 ? { ...i, photo: partnerPhotos[n] } : i)) };
    // Open the connections first, so that the racing submits meet at the site's row.
    await Promise.all(Array.from({ length: 20 }, () => county.as('inspector')('inspections', 'mySites', {})));
    const answersGiven = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? partner.call('inspections', 'submit', theirs) : county.as('inspector')('inspections', 'submit', mine))));
    expect(answersGiven.filter((a) => a.ok)).toHaveLength(1);
    expect(answersGiven.filter((a) => !a.ok).every((a) => !a.ok && a.error.code === 'CONFLICT')).toBe(true);
    const counts = await countsOf(county);
    expect(counts.inspections).toBe(1);
    expect(counts.reports).toBe(2);
  });
});
