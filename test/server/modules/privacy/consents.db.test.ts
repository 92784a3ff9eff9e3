import { data, errorCode, seedCounty } from '../../../support/app';
import { movableClock } from '../../../support/clock';
import { useTestDatabase } from '../../../support/db';
import { registration } from '../volunteers/volunteer-fixtures';
import { categoryId, reportInput, written } from '../reports/report-fixtures';

const t = useTestDatabase();

const consentOf = async (call: (m: string, a: string, i?: unknown) => Promise<unknown>, purpose: string) =>
  (data<any[]>((await call('privacy', 'consents')) as any)).find((c) => c.purpose === purpose);

describe('separate consent before sensitive personal information is collected', () => {
  it('a 随手拍 with its precise place is refused until the reporter agrees to the app using their position, and the refusal writes nothing', async () => {
    const county = await seedCounty(t.db);
    const me = county.as('resident');
    const input = await reportInput(county, 'resident', await categoryId(county, '乱扔垃圾'));
    data(await me('privacy', 'withdrawConsent', { purpose: 'precise_location' }));

    const before = await written(t.db, county.countyId);
    const refused = await me('reports', 'submit', input);
    expect(errorCode(refused)).toBe('VALIDATION');
    expect((refused as any).error.details).toEqual([{ field: 'locationConsent', message: '请先同意“使用您的精确位置”' }]);
    expect(await written(t.db, county.countyId)).toEqual(before);

    expect(await consentOf(me, 'precise_location')).toMatchObject({ given: false, withdrawable: true, title: '使用您的精确位置' });
    data(await me('privacy', 'consent', { purpose: 'precise_location' }));
    expect(await consentOf(me, 'precise_location')).toMatchObject({ given: true });
    expect(data<any>(await me('reports', 'submit', input)).reportId).toBeTruthy();
  });

  it('a withdrawn consent stops the next report, keeps the earlier report\'s place, and stays on record in 个人信息查阅', async () => {
    const time = movableClock('2026-12-05T02:00:00Z');
    const county = await seedCounty(t.db, { clock: time.clock });
    const me = county.as('guardian');
    const first = data<any>(await me('reports', 'submit', await reportInput(county, 'guardian', await categoryId(county, '乱扔垃圾'))));
    time.advanceHours(1);
    expect(data<any>(await me('privacy', 'withdrawConsent', { purpose: 'precise_location' }))).toEqual({ withdrawn: true });
    // Withdrawing again changes nothing.
    expect(data<any>(await me('privacy', 'withdrawConsent', { purpose: 'precise_location' }))).toEqual({ withdrawn: false });

    const next = { ...(await reportInput(county, 'guardian', await categoryId(county, '乱扔垃圾'))) };
    data(await me('privacy', 'withdrawConsent', { purpose: 'precise_location' }));
    expect(errorCode(await me('reports', 'submit', next))).toBe('VALIDATION');
    const kept = await t.db.selectFrom('reports').select(['latitude', 'longitude']).where('id', '=', first.reportId).executeTakeFirstOrThrow();
    expect(kept.latitude).not.toBeNull();

    const record = data<any>(await me('privacy', 'myData')).consents;
    expect(record.length).toBeGreaterThanOrEqual(2);
    expect(record.every((c: any) => c.purpose === 'precise_location' && c.withdrawnAt !== null)).toBe(true);
    const audit = await t.db.selectFrom('auditEvents').select('action').where('actorId', '=', county.people.guardian.userId).where('action', 'like', 'privacy.%').execute();
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['privacy.consent', 'privacy.withdrawConsent']));
  });

  it('keeps one live consent when the person taps 同意 several times at once', async () => {
    const county = await seedCounty(t.db);
    await Promise.all(Array.from({ length: 20 }, () => county.as('resident')('privacy', 'consents')));
    const taps = await Promise.all(Array.from({ length: 10 }, () => county.as('resident')('privacy', 'consent', { purpose: 'precise_location' })));
    expect(taps.every((r) => (r as any).ok)).toBe(true);
    const rows = await t.db.selectFrom('personalConsents').select('id').where('userId', '=', county.people.resident.userId).where('withdrawnAt', 'is', null).execute();
    expect(rows.length).toBe(1);
  });

  it('a volunteer gives a real name and phone only with the separate tick box, once; it is withdrawn by 注销, not alone', async () => {
    const county = await seedCounty(t.db);
    const me = county.as('resident');
    const refused = await me('volunteers', 'register', registration(county, { identityConsent: false }));
    expect((refused as any).error.details).toEqual([{ field: 'identityConsent', message: '请阅读并勾选同意提供真实姓名和手机号' }]);
    expect(await t.db.selectFrom('volunteerProfiles').select('userId').where('userId', '=', county.people.resident.userId).execute()).toEqual([]);

    data(await me('volunteers', 'register', registration(county)));
    expect(await consentOf(me, 'volunteer_identity')).toMatchObject({ given: true, withdrawable: false });
    // Changing the profile later does not ask again.
    data(await me('volunteers', 'register', registration(county, { identityConsent: false, skills: ['摄影'] })));
    const refusedWithdraw = await me('privacy', 'withdrawConsent', { purpose: 'volunteer_identity' });
    expect(errorCode(refusedWithdraw)).toBe('VALIDATION');
    expect(await consentOf(me, 'volunteer_identity')).toMatchObject({ given: true });
  });

  it('refuses a purpose that does not exist, and writes nothing', async () => {
    const county = await seedCounty(t.db);
    expect(errorCode(await county.as('resident')('privacy', 'consent', { purpose: 'face_id' }))).toBe('VALIDATION');
    const rows = await t.db.selectFrom('personalConsents').select('id').where('countyId', '=', county.countyId).where('userId', '=', county.people.resident.userId).execute();
    expect(rows).toEqual([]);
  });
});
