import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { clearMinorsContacts } from '../../../server/db/migrations/041_site_versions_minor_phones';
import { fakePhoneNumbers } from '../../../server/core/phone-numbers/wechat-phone-numbers';
import { addPeople, data, seedCounty, shopPledgeInput, type ExtraPerson, type TestCounty } from '../../support/app';
import { useTestDatabase } from '../../support/db';
import { STORY } from '../modules/goodPeople/good-person-fixtures';
import { registration } from '../modules/volunteers/volunteer-fixtures';

const t = useTestDatabase();
jest.setTimeout(60_000);

/** "YYYY-MM" for someone `years` old this month (Beijing). */
function bornYearsAgo(years: number): string {
  const now = new Date(Date.now() + 8 * 3_600_000);
  return `${now.getUTCFullYear() - years}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** A grown-up who gave the app every number it asks for: their WeChat phone, a volunteer's phone, a shop's phone. */
async function withNumbers(county: TestCounty, person: ExtraPerson, n: number) {
  const phone = `1391000000${n}`;
  county.runtime.phoneNumbers = fakePhoneNumbers({ [`c-${n}`]: phone });
  data(await person.call('identity', 'phoneFromWeChat', { code: `c-${n}` }));
  data(await person.call('volunteers', 'register', registration(county, { phone: `1371000000${n}` })));
  data(await person.call('shops', 'signPledge', shopPledgeInput(county, { shopName: `小店${n}`, contactPhone: `1380000000${n}` })));
  const nomination = data<{ goodPersonId: string }>(
    await county.as('resident')('goodPeople', 'nominate', { idempotencyKey: randomUUID(), category: 'helping', nomineeName: '赵德明', nomineeContact: phone, story: STORY }),
  );
  return { userId: person.userId, nominationId: nomination.goodPersonId };
}

/** As the data stood before the rule: these people are minors, and their numbers were stored (the trigger of 041 held off). */
async function becameMinorsBeforeTheRule(changes: { userId: string; birthMonth: string | null; isMinor: boolean }[]) {
  await t.db.transaction().execute(async (trx) => {
    await sql`set local session_replication_role = replica`.execute(trx);
    for (const c of changes) await trx.updateTable('users').set({ birthMonth: c.birthMonth, isMinor: c.isMinor }).where('id', '=', c.userId).execute();
  });
}

async function numbersOf(p: { userId: string; nominationId: string }) {
  const user = await t.db.selectFrom('users').select('phone').where('id', '=', p.userId).executeTakeFirstOrThrow();
  const volunteer = await t.db.selectFrom('volunteerProfiles').select('phone').where('userId', '=', p.userId).executeTakeFirstOrThrow();
  const shop = await t.db.selectFrom('shops').select('contactPhone').where('ownerId', '=', p.userId).executeTakeFirstOrThrow();
  const nomination = await t.db.selectFrom('goodPeople').select('nomineeContact').where('id', '=', p.nominationId).executeTakeFirstOrThrow();
  return { phone: user.phone, volunteer: volunteer.phone, shop: shop.contactPhone, nominee: nomination.nomineeContact };
}

describe('migration 041: no contact data from minors, in the data stored before the rule', () => {
  it('empties every number of a person who is a minor now (by birth month, or by the flag without one), keeps every adult’s, and a second run changes nothing', async () => {
    const county = await seedCounty(t.db);
    const [ten, sixteen, eighteenThisMonth, flagged, adult, nineteen] = await addPeople(county, 6);
    const people = [];
    for (const [n, p] of [ten, sixteen, eighteenThisMonth, flagged, adult, nineteen].entries()) people.push(await withNumbers(county, p, n));
    await becameMinorsBeforeTheRule([
      { userId: ten.userId, birthMonth: bornYearsAgo(10), isMinor: true },
      { userId: sixteen.userId, birthMonth: bornYearsAgo(16), isMinor: true },
      // Through the month of the 18th birthday: still a minor (the rule gives the child the benefit of the doubt).
      { userId: eighteenThisMonth.userId, birthMonth: bornYearsAgo(18), isMinor: true },
      { userId: flagged.userId, birthMonth: null, isMinor: true },
      // Flagged once, but the birth month says grown up now: the birth month decides.
      { userId: nineteen.userId, birthMonth: bornYearsAgo(19), isMinor: true },
    ]);
    const before = await Promise.all(people.map(numbersOf));
    expect(before[0]).toEqual({ phone: '13910000000', volunteer: '13710000000', shop: '13800000000', nominee: '13910000000' });

    await clearMinorsContacts(t.db as never, county.countyId);
    const after = await Promise.all(people.map(numbersOf));
    const none = { phone: null, volunteer: '', shop: '', nominee: '' };
    expect(after).toEqual([none, none, none, none, before[4], before[5]]);

    await clearMinorsContacts(t.db as never, county.countyId);
    expect(await Promise.all(people.map(numbersOf))).toEqual(after);
  });
});

describe('after 041: nothing keeps the number of someone who becomes a minor in the data', () => {
  it('a birth month that makes a person a minor empties their phone, their volunteer’s and shop’s numbers and a nomination that names their number', async () => {
    const county = await seedCounty(t.db);
    const [person, grownUp] = await addPeople(county, 2);
    const numbers = await withNumbers(county, person, 7);
    const kept = await withNumbers(county, grownUp, 8);
    await t.db.updateTable('users').set({ birthMonth: bornYearsAgo(12) }).where('id', '=', person.userId).execute();
    await t.db.updateTable('users').set({ birthMonth: bornYearsAgo(30) }).where('id', '=', grownUp.userId).execute();
    expect(await numbersOf(numbers)).toEqual({ phone: null, volunteer: '', shop: '', nominee: '' });
    expect(await numbersOf(kept)).toEqual({ phone: '13910000008', volunteer: '13710000008', shop: '13800000008', nominee: '13910000008' });
  });

  it('a child’s row written with a phone, by whatever path, keeps none', async () => {
    const county = await seedCounty(t.db);
    const id = randomUUID();
    await t.db
      .insertInto('users')
      .values({ id, countyId: county.countyId, openid: null, name: '小明', isMinor: true, birthMonth: bornYearsAgo(9), addedBy: county.people.guardian.userId, createdAt: new Date(), phone: '13912340000' })
      .execute();
    await t.db.updateTable('users').set({ phone: '13912340001' }).where('id', '=', id).execute();
    expect((await t.db.selectFrom('users').select('phone').where('id', '=', id).executeTakeFirstOrThrow()).phone).toBeNull();
  });
});
