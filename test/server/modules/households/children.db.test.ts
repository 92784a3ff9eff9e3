import { randomUUID } from 'node:crypto';
import { findModule } from '../../../../server/modules';
import { dispatch } from '../../../../server/runtime/dispatch';
import { addPeople, data, errorCode, seedCounty, type ExtraPerson, type TestCounty } from '../../../support/app';
import { movableClock } from '../../../support/clock';
import { useTestDatabase } from '../../../support/db';
import { STORY } from '../families/family-fixtures';

const t = useTestDatabase();

const HOME = '幸福里社区/1号楼/1单元/301';

/** 李娟, 王建国's wife, bound to their home. */
async function mother(county: TestCounty): Promise<ExtraPerson> {
  const [person] = await addPeople(county, 1, { name: '李娟' });
  await t.db
    .insertInto('householdRequests')
    .values({ id: randomUUID(), countyId: county.countyId, householdId: county.households[HOME], userId: person.userId, relation: 'family', status: 'approved', reason: null, requestedAt: new Date(), decidedBy: null, decidedRole: 'captain', decidedAt: new Date(), endedAt: null, endedBy: null })
    .execute();
  return person;
}

const child = (extra: Record<string, unknown> = {}) => ({ givenName: '小雨', birthMonth: '2017-05', guardianConsent: true, ...extra });

describe('children and guardians', () => {
  it('a bound adult adds a child by given name and birth month: bound to the home at once, the chosen other adult is a guardian too and is told', async () => {
    const county = await seedCounty(t.db, { clock: movableClock('2026-12-05T02:00:00Z').clock });
    const mum = await mother(county);
    const { childId } = data<any>(await county.as('guardian')('households', 'addChild', child({ otherGuardianIds: [mum.userId] })));

    const row = await t.db.selectFrom('users').select(['name', 'openid', 'birthMonth', 'isMinor', 'addedBy']).where('id', '=', childId).executeTakeFirstOrThrow();
    expect(row).toEqual({ name: '小雨', openid: null, birthMonth: '2017-05', isMinor: true, addedBy: county.people.guardian.userId });
    const home = await t.db.selectFrom('householdRequests').select(['householdId', 'status']).where('userId', '=', childId).execute();
    expect(home).toEqual([{ householdId: county.households[HOME], status: 'approved' }]);

    for (const caller of [county.as('guardian'), mum.call]) {
      const view = data<any>(await caller('households', 'children'));
      expect(view.children.find((c: any) => c.id === childId)).toEqual({ id: childId, name: '小雨', birthMonth: '2017-05', age: 9, under14: true, isMinor: true, hasWeChat: false });
    }
    const told = data<any>(await mum.call('inbox', 'list', {}));
    expect(JSON.stringify(told)).toContain('王建国添加了孩子小雨');
    const audit = await t.db.selectFrom('auditEvents').select('data').where('action', '=', 'households.addChild').where('subjectId', '=', childId).executeTakeFirstOrThrow();
    expect(audit.data).toMatchObject({ under14: true, guardianConsent: true });
  });

  it('refuses without the guardian\'s consent, a month to come, an adult\'s month, or a co-guardian from another home, and writes nothing', async () => {
    const county = await seedCounty(t.db, { clock: movableClock('2026-12-05T02:00:00Z').clock });
    const before = await t.db.selectFrom('users').select('id').where('countyId', '=', county.countyId).execute();
    const noConsent = await county.as('guardian')('households', 'addChild', child({ guardianConsent: false }));
    expect((noConsent as any).error.details).toEqual([{ field: 'guardianConsent', message: '请先阅读并同意《儿童个人信息保护规则》' }]);
    expect(errorCode(await county.as('guardian')('households', 'addChild', child({ birthMonth: '2027-01' })))).toBe('VALIDATION');
    expect(errorCode(await county.as('guardian')('households', 'addChild', child({ birthMonth: '2008-11' })))).toBe('VALIDATION');
    expect(errorCode(await county.as('guardian')('households', 'addChild', child({ givenName: '小雨1' })))).toBe('VALIDATION');
    expect(errorCode(await county.as('guardian')('households', 'addChild', child({ otherGuardianIds: [county.people.captain.userId] })))).toBe('VALIDATION');
    expect(errorCode(await county.as('resident')('households', 'addChild', child()))).toBe('FORBIDDEN');
    expect(errorCode(await county.as('minor')('households', 'addChild', child()))).toBe('FORBIDDEN');
    const after = await t.db.selectFrom('users').select('id').where('countyId', '=', county.countyId).execute();
    expect(after.length).toBe(before.length);
  });

  it('adds a child once when the guardian taps 添加 twice at once', async () => {
    const county = await seedCounty(t.db, { clock: movableClock('2026-12-05T02:00:00Z').clock });
    // Connections opened and the guardian signed in first, so the taps meet at the check rather than queue for a connection.
    await Promise.all(Array.from({ length: 20 }, () => county.as('guardian')('households', 'children')));
    const taps = await Promise.all(Array.from({ length: 20 }, () => county.as('guardian')('households', 'addChild', child())));
    expect(taps.filter((r) => (r as any).ok).length).toBe(1);
    expect(taps.filter((r) => errorCode(r) === 'CONFLICT').length).toBe(19);
    const named = await t.db.selectFrom('users').select('id').where('countyId', '=', county.countyId).where('name', '=', '小雨').execute();
    expect(named.length).toBe(1);
  });

  it('in child mode the child nominates the family on the guardian\'s phone: the nomination is the child\'s, the same guardian must take a second look, the other consents straight away', async () => {
    const county = await seedCounty(t.db);
    const mum = await mother(county);
    const { childId } = data<any>(await county.as('guardian')('households', 'addChild', child({ otherGuardianIds: [mum.userId] })));
    const asChild = county.asChild('guardian', childId);
    expect(data<any>(await asChild('identity', 'me')).user).toMatchObject({ id: childId, name: '小雨', isMinor: true });

    // 小雨 nominates her family on her father's phone.
    const { nominationId, status } = data<any>(await asChild('families', 'nominate', { campaignId: county.familyCampaignId, displayName: '王家', story: STORY, photos: [] }));
    expect(status).toBe('awaiting_consent');
    const row = await t.db.selectFrom('familyNominations').select(['nominatedBy', 'nominatorKind', 'hostedBy']).where('id', '=', nominationId).executeTakeFirstOrThrow();
    expect(row).toEqual({ nominatedBy: childId, nominatorKind: 'child', hostedBy: county.people.guardian.userId });

    const consent = { nominationId, displayName: '王家', story: STORY, photos: [], showChildName: false };
    const view = data<any>(await county.as('guardian')('families', 'nomination', { nominationId }));
    expect(view.writtenOnMyPhone).toBe(true);
    const refused = await county.as('guardian')('families', 'consent', consent);
    expect(errorCode(refused)).toBe('VALIDATION');
    expect((refused as any).error.details).toEqual([{ field: 'secondLook', message: '请确认您已经和孩子一起重新读过' }]);
    // The other guardian, on her own phone, agrees in one step.
    expect(data<any>(await mum.call('families', 'consent', consent)).status).toBe('submitted');
  });

  it('the same guardian consents after the second look', async () => {
    const county = await seedCounty(t.db);
    const { childId } = data<any>(await county.as('guardian')('households', 'addChild', child()));
    const { nominationId } = data<any>(await county.asChild('guardian', childId)('families', 'nominate', { campaignId: county.familyCampaignId, displayName: '王家', story: STORY, photos: [] }));
    const done = data<any>(await county.as('guardian')('families', 'consent', { nominationId, displayName: '王家', story: STORY, photos: [], showChildName: false, secondLook: true }));
    expect(done.status).toBe('submitted');
  });

  it('refuses child mode for what children do not do, for anyone but the child\'s guardian, and never lets a child consent for itself', async () => {
    const county = await seedCounty(t.db);
    const { childId } = data<any>(await county.as('guardian')('households', 'addChild', child()));
    const asChild = county.asChild('guardian', childId);
    expect(errorCode(await asChild('households', 'addChild', child({ givenName: '小风' })))).toBe('FORBIDDEN');
    expect(errorCode(await asChild('reports', 'categories'))).toBe('FORBIDDEN');
    expect(errorCode(await asChild('families', 'consent', { nominationId: randomUUID(), displayName: '王家', story: STORY, photos: [] }))).toBe('FORBIDDEN');
    expect(errorCode(await asChild('points', 'balance'))).toBe('FORBIDDEN');
    expect(errorCode(await county.asChild('captain', childId)('identity', 'me'))).toBe('FORBIDDEN');
    expect(errorCode(await county.asChild('guardian', randomUUID())('identity', 'me'))).toBe('FORBIDDEN');
    const bad = await dispatch(county.runtime, findModule('identity')!, { action: 'me', input: {}, asChild: 'not-a-child' }, { openid: county.people.guardian.openid });
    expect(errorCode(bad)).toBe('VALIDATION');
  });

  it('a child who turns 18 leaves child mode and counts among the household\'s adults, without anyone acting', async () => {
    const clock = movableClock('2026-12-05T02:00:00Z');
    const county = await seedCounty(t.db, { clock: clock.clock });
    const { childId } = data<any>(await county.as('guardian')('households', 'addChild', child({ givenName: '小峰', birthMonth: '2008-12' })));
    expect(data<any>(await county.asChild('guardian', childId)('identity', 'me')).user.isMinor).toBe(true);
    clock.set('2027-01-01T02:00:00Z');
    const refused = await county.asChild('guardian', childId)('identity', 'me');
    expect(errorCode(refused)).toBe('FORBIDDEN');
    expect((refused as any).error.message).toBe('孩子已经成年，请用自己的微信');
    const view = data<any>(await county.as('guardian')('households', 'children'));
    expect(view.children.find((c: any) => c.id === childId)).toMatchObject({ isMinor: false, age: 18 });
    expect(view.adults.map((a: any) => a.name)).toContain('小峰');
  });
});
