import { data, seedCounty } from '../../support/app';
import { platform, useBuiltFunctions } from '../../support/built-functions';
import { useTestDatabase } from '../../support/db';

/**
 * A cloud function only ever talks to a PostgreSQL server (PGlite is left out of
 * the bundle), so this file runs in the PostgreSQL pass of the suite only.
 */
const postgresUrl = process.env.TEST_DATABASE_URL!;
const t = useTestDatabase();
const functions = useBuiltFunctions();
const main = (event: unknown) => functions.main('conventions')(event, {});

describe('the conventions cloud function on PostgreSQL', () => {
  async function pledgeOwners(versionId: string) {
    const rows = await t.db.selectFrom('pledges').select(['userId', 'signerNo']).where('versionId', '=', versionId).orderBy('signerNo').execute();
    return rows.map((r) => [r.userId, r.signerNo]);
  }

  it('signs the convention as the platform caller and returns the signer number', async () => {
    const county = await seedCounty(t.db);
    platform({ openid: county.people.resident.openid, databaseUrl: postgresUrl });
    const signed = data(await main({ action: 'sign', input: { versionId: county.versions.civic } }));
    expect(signed).toMatchObject({ signerNo: 1, alreadySigned: false });
    expect(await pledgeOwners(county.versions.civic)).toEqual([[county.people.resident.userId, 1]]);
  }, 30_000);

  it('ignores an openid in the event: the pledge is the platform caller\'s', async () => {
    const county = await seedCounty(t.db);
    const { resident, guardian } = county.people;
    platform({ openid: guardian.openid, databaseUrl: postgresUrl });
    const event = { action: 'sign', input: { versionId: county.versions.civic }, openid: resident.openid, userInfo: { openId: resident.openid } };
    expect(data(await main(event))).toMatchObject({ signerNo: 1 });
    expect(await pledgeOwners(county.versions.civic)).toEqual([[guardian.userId, 1]]);
  }, 30_000);
});
