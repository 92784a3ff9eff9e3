import { data, errorCode, seedCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { registration } from './volunteer-fixtures';

const t = useTestDatabase();

describe('registering as a volunteer', () => {
  it('gives one profile per person: a second registration updates it, and the volunteer role is granted once', async () => {
    const county = await seedCounty(t.db);
    const resident = county.as('resident');
    const { userId } = county.people.resident;

    const before = data<any>(await resident('volunteers', 'me', {}));
    expect(before).toMatchObject({ registered: false, profile: null, teams: [], totalMinutes: 0, activityCount: 0, points: 0 });

    const first = data<any>(await resident('volunteers', 'register', registration(county)));
    expect(first).toMatchObject({ realName: '孙晓燕', phone: '13712345678', skills: ['急救', '摄影'], communityName: '和平社区' });
    const second = data<any>(
      await resident('volunteers', 'register', registration(county, { realName: '孙晓燕', phone: '137 1234 9999', skills: ['法律咨询'], communityId: county.communities['柳树村'] })),
    );
    expect(second).toMatchObject({ phone: '13712349999', skills: ['法律咨询'], communityName: '柳树村', registeredAt: first.registeredAt });

    // The owner sees their own phone in full.
    expect(data<any>(await resident('volunteers', 'me', {}))).toMatchObject({ registered: true, profile: { phone: '13712349999', communityName: '柳树村' } });
    expect(await t.db.selectFrom('volunteerProfiles').select('userId').where('userId', '=', userId).execute()).toHaveLength(1);
    const grants = await t.db.selectFrom('roleGrants').selectAll().where('userId', '=', userId).where('role', '=', 'volunteer').execute();
    expect(grants).toEqual([expect.objectContaining({ scopeType: 'county', scopeId: county.countyId })]);
    const audit = await t.db.selectFrom('auditEvents').select('action').where('actorId', '=', userId).orderBy('at').execute();
    expect(audit.map((a) => a.action)).toEqual(['volunteers.register', 'volunteers.updateProfile']);
  });

  it('takes the service community only from the caller\'s own county', async () => {
    const county = await seedCounty(t.db);
    const elsewhere = await seedCounty(t.db);
    const answer = await county.as('resident')('volunteers', 'register', registration(county, { communityId: elsewhere.communities['和平社区'] }));
    expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: [expect.objectContaining({ field: 'communityId' })] } });
    expect(await t.db.selectFrom('volunteerProfiles').select('userId').where('userId', '=', county.people.resident.userId).execute()).toEqual([]);
  });

  it('refuses a malformed phone, repeated skills and a one-character name field by field', async () => {
    const county = await seedCounty(t.db);
    const register = (overrides: Record<string, unknown>) => county.as('resident')('volunteers', 'register', registration(county, overrides));
    for (const [overrides, field] of [
      [{ phone: '12345' }, 'phone'],
      [{ skills: ['急救', '急救'] }, 'skills'],
      [{ realName: '孙' }, 'realName'],
    ] as const) {
      const answer = await register(overrides);
      expect(answer).toMatchObject({ ok: false, error: { code: 'VALIDATION', details: expect.arrayContaining([expect.objectContaining({ field })]) } });
    }
  });

  it('does not let a minor register: 未成年人请在监护人陪同下参加社区活动', async () => {
    const county = await seedCounty(t.db);
    const answer = await county.as('minor')('volunteers', 'register', registration(county));
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '未成年人请在监护人陪同下参加社区活动' } });
    expect(await t.db.selectFrom('volunteerProfiles').select('userId').where('userId', '=', county.people.minor.userId).execute()).toEqual([]);
    expect(await t.db.selectFrom('roleGrants').select('id').where('userId', '=', county.people.minor.userId).where('role', '=', 'volunteer').execute()).toEqual([]);
  });

  it('shows the seeded volunteer their team and nobody without a caller anything', async () => {
    const county = await seedCounty(t.db);
    const me = data<any>(await county.as('volunteer')('volunteers', 'me', {}));
    expect(me).toMatchObject({ registered: true, profile: { realName: '赵志远', phone: '13900001111' } });
    expect(me.teams).toEqual([expect.objectContaining({ id: county.teamId, name: '环境卫士志愿服务队', myStatus: 'approved', canManage: false })]);
    expect(errorCode(await county.anonymous('volunteers', 'me', {}))).toBe('UNAUTHENTICATED');
  });
});
