import { randomUUID } from 'node:crypto';
import { fakePhoneNumbers } from '../../../../server/core/phone-numbers/wechat-phone-numbers';
import { NO_CONTACT_FROM_MINORS } from '../../../../server/core/authorize';
import { data, errorCode, seedCounty, shopPledgeInput, type Caller, type TestCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { STORY } from '../goodPeople/good-person-fixtures';
import { registration } from '../volunteers/volunteer-fixtures';

const t = useTestDatabase();

/** "YYYY-MM" for someone `years` old this month (Beijing). */
function bornYearsAgo(years: number): string {
  const now = new Date(Date.now() + 8 * 3_600_000);
  return `${now.getUTCFullYear() - years}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
}

async function setBirthMonth(userId: string, birthMonth: string) {
  await t.db.updateTable('users').set({ birthMonth }).where('id', '=', userId).execute();
}

/** Every action that would collect a phone, as this caller: the code and message of each answer. */
async function contactActions(county: TestCounty, caller: Caller) {
  const answers = await Promise.all([
    caller('identity', 'phoneFromWeChat', { code: 'c-child' }),
    caller('goodPeople', 'nominate', { idempotencyKey: randomUUID(), category: 'helping', nomineeName: '赵德明', nomineeContact: '13800001111', story: STORY }),
    caller('shops', 'signPledge', shopPledgeInput(county)),
    caller('volunteers', 'register', registration(county)),
  ]);
  return answers.map((a) => (a.ok ? 'ok' : a.error.code));
}

async function nothingStored(county: TestCounty, userId: string) {
  expect((await t.db.selectFrom('users').select('phone').where('id', '=', userId).executeTakeFirstOrThrow()).phone).toBeNull();
  expect(await t.db.selectFrom('goodPeople').select('id').where('countyId', '=', county.countyId).execute()).toEqual([]);
  expect(await t.db.selectFrom('volunteerProfiles').select('userId').where('userId', '=', userId).execute()).toEqual([]);
}

describe('no contact data from a minor, on the server', () => {
  it('refuses a child under 14 on their own WeChat every action that collects a phone, with a Chinese message, and stores nothing', async () => {
    const county = await seedCounty(t.db);
    county.runtime.phoneNumbers = fakePhoneNumbers({ 'c-child': '13912345678' });
    const child = county.people.minor.userId;
    await setBirthMonth(child, bornYearsAgo(10));
    expect(await contactActions(county, county.as('minor'))).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    const phone = await county.as('minor')('identity', 'phoneFromWeChat', { code: 'c-child' });
    expect(!phone.ok && phone.error.message).toBe(NO_CONTACT_FROM_MINORS);
    const nomination = await county.as('minor')('goodPeople', 'nominate', { idempotencyKey: randomUUID(), category: 'helping', nomineeName: '赵德明', nomineeContact: '13800001111', story: STORY });
    expect(!nomination.ok && nomination.error.message).toBe(NO_CONTACT_FROM_MINORS);
    await nothingStored(county, child);
  });

  it('refuses 14 to 17 year olds too: nothing a minor may do here needs their phone', async () => {
    const county = await seedCounty(t.db);
    county.runtime.phoneNumbers = fakePhoneNumbers({ 'c-child': '13912345678' });
    const teen = county.people.minor.userId;
    await setBirthMonth(teen, bornYearsAgo(16));
    expect(await contactActions(county, county.as('minor'))).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    await nothingStored(county, teen);
    // The month after the 18th birthday they are an adult, without anyone acting: the phone is theirs to give.
    await setBirthMonth(teen, bornYearsAgo(19));
    expect(data<any>(await county.as('minor')('identity', 'phoneFromWeChat', { code: 'c-child' }))).toEqual({ phone: '13912345678' });
  });

  it('refuses the same in child mode, where the phone in the hand is the guardian\'s, and the guardian\'s own phone stays theirs to give', async () => {
    const county = await seedCounty(t.db);
    county.runtime.phoneNumbers = fakePhoneNumbers({ 'c-child': '13912345678', 'c-parent': '13712345678' });
    const child = county.people.minor.userId;
    await setBirthMonth(child, bornYearsAgo(9));
    const childMode = county.asChild('guardian', child);
    expect(await contactActions(county, childMode)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    await nothingStored(county, child);
    expect((await t.db.selectFrom('users').select('phone').where('id', '=', county.people.guardian.userId).executeTakeFirstOrThrow()).phone).toBeNull();
    expect(errorCode(await childMode('identity', 'phoneFromWeChat', { code: 'c-parent' }))).toBe('FORBIDDEN');
    expect(data<any>(await county.as('guardian')('identity', 'phoneFromWeChat', { code: 'c-parent' }))).toEqual({ phone: '13712345678' });
  });
});
