import { randomUUID } from 'node:crypto';
import { addPeople, data, errorCode, seedCounty, type TestCounty } from '../../../support/app';
import { movableClock } from '../../../support/clock';
import { useTestDatabase } from '../../../support/db';

const t = useTestDatabase();

const HOME = '幸福里社区/1号楼/1单元/301';

/** A phone the server has never seen: the child's own WeChat (arriving, if it calls first, by the county's QR). */
const newPhone = (county: TestCounty) => county.as({ openid: `${county.openidPrefix}kid-${randomUUID()}`, arrivedAt: county.countyId });

/** 王建国 (the demo guardian) adds 小雨; returns her id. */
async function addXiaoyu(county: TestCounty, extra: Record<string, unknown> = {}): Promise<string> {
  return data<any>(await county.as('guardian')('households', 'addChild', { givenName: '小雨', birthMonth: '2017-05', guardianConsent: true, ...extra })).childId;
}

async function bindAdult(county: TestCounty, name: string) {
  const [person] = await addPeople(county, 1, { name });
  await t.db
    .insertInto('householdRequests')
    .values({ id: randomUUID(), countyId: county.countyId, householdId: county.households[HOME], userId: person.userId, relation: 'family', status: 'approved', reason: null, requestedAt: new Date(), decidedBy: null, decidedRole: 'captain', decidedAt: new Date(), endedAt: null, endedBy: null })
    .execute();
  return person;
}

const codeFor = async (county: TestCounty, childId: string) => data<any>(await county.as('guardian')('households', 'childLinkCode', { childId }));

describe("a child's own WeChat, linked by the guardian's one-time code", () => {
  it('the guardian makes a six-digit code for 24 hours; the child\'s new phone sees whose child account it is, links, and from then on acts as the child (a minor); the guardians are told and child mode still works', async () => {
    const time = movableClock('2026-12-05T02:00:00Z');
    const county = await seedCounty(t.db, { clock: time.clock });
    const mum = await bindAdult(county, '李娟');
    const childId = await addXiaoyu(county, { otherGuardianIds: [mum.userId] });

    const made = await codeFor(county, childId);
    expect(made.code).toMatch(/^\d{6}$/);
    expect(made.path).toBe(`/features/household/pages/link-child/index?code=${made.code}`);
    expect(made.expiresAt).toBe('2026-12-06T02:00:00.000Z');
    const stored = await t.db.selectFrom('childLinks').selectAll().where('childId', '=', childId).executeTakeFirstOrThrow();
    expect(stored.countyId).toBe(county.countyId);
    expect(JSON.stringify(stored)).not.toContain(made.code);

    const phone = newPhone(county);
    const preview = data<any>(await phone('households', 'openChildLink', { code: made.code }));
    expect(preview).toMatchObject({ found: true, childName: '小雨', guardianName: '王建国' });
    expect(data<any>(await phone('households', 'linkChild', { linkId: preview.linkId, code: made.code }))).toEqual({ childName: '小雨', alreadyLinked: false });

    const me = data<any>(await phone('identity', 'me')).user;
    expect(me).toMatchObject({ id: childId, name: '小雨', isMinor: true });
    const view = data<any>(await county.as('guardian')('households', 'children'));
    expect(view.children.find((c: any) => c.id === childId).hasWeChat).toBe(true);
    expect(errorCode(await county.as('guardian')('households', 'childLinkCode', { childId }))).toBe('CONFLICT');
    expect(data<any>(await county.asChild('guardian', childId)('identity', 'me')).user).toMatchObject({ id: childId, isMinor: true });

    for (const caller of [county.as('guardian'), mum.call]) expect(JSON.stringify(data(await caller('inbox', 'list', {})))).toContain('小雨已经用自己的微信登录了');
    const audit = await t.db.selectFrom('auditEvents').select(['actorId', 'data']).where('action', '=', 'households.linkChild').where('subjectId', '=', childId).executeTakeFirstOrThrow();
    expect(audit.actorId).toBe(childId);
    const used = await t.db.selectFrom('childLinks').select('usedAt').where('id', '=', preview.linkId).executeTakeFirstOrThrow();
    expect(used.usedAt).not.toBeNull();
  });

  it('only a bound adult guardian of the child makes a code: not another adult, not the child herself, not a guardian of another child, not another county\'s admin', async () => {
    const county = await seedCounty(t.db);
    const childId = await addXiaoyu(county);
    const otherParent = await bindAdult(county, '张敏');
    await otherParent.call('households', 'addChild', { givenName: '小明', birthMonth: '2016-03', guardianConsent: true });
    const elsewhere = await seedCounty(t.db);
    for (const caller of [county.as('resident'), county.as('admin'), county.asChild('guardian', childId), county.as('minor'), otherParent.call, elsewhere.as('admin'), elsewhere.as('guardian')]) {
      expect(errorCode(await caller('households', 'childLinkCode', { childId }))).toBe('FORBIDDEN');
    }
    expect(await t.db.selectFrom('childLinks').select('id').where('childId', '=', childId).execute()).toEqual([]);
  });

  it('a WeChat the server already knows cannot become a child: it is refused, and the child keeps no WeChat', async () => {
    const county = await seedCounty(t.db);
    const childId = await addXiaoyu(county);
    const made = await codeFor(county, childId);
    const preview = data<any>(await newPhone(county)('households', 'openChildLink', { code: made.code }));
    for (const known of [county.as('resident'), county.as('minor'), county.as('guardian')]) {
      expect(errorCode(await known('households', 'openChildLink', { code: made.code }))).toBe('FORBIDDEN');
      const refused = await known('households', 'linkChild', { linkId: preview.linkId, code: made.code });
      expect(errorCode(refused)).toBe('FORBIDDEN');
      expect((refused as any).error.message).toContain('不能变成孩子账号');
    }
    const row = await t.db.selectFrom('users').select('openid').where('id', '=', childId).executeTakeFirstOrThrow();
    expect(row.openid).toBeNull();
  });

  it('a child\'s phone that opened the app before the code was typed still links: the empty account that first look made is closed, and the phone is the child\'s', async () => {
    const county = await seedCounty(t.db);
    const childId = await addXiaoyu(county);
    const made = await codeFor(county, childId);
    const phone = newPhone(county);
    // She opened the app at home first: WeChat's first call made her an (empty) resident account.
    const looked = data<any>(await phone('identity', 'me')).user;
    expect(looked).toMatchObject({ isMinor: false });
    const preview = data<any>(await phone('households', 'openChildLink', { code: made.code }));
    expect(preview).toMatchObject({ found: true, childName: '小雨' });
    expect(data<any>(await phone('households', 'linkChild', { linkId: preview.linkId, code: made.code }))).toEqual({ childName: '小雨', alreadyLinked: false });

    expect(data<any>(await phone('identity', 'me')).user).toMatchObject({ id: childId, isMinor: true });
    const closed = await t.db.selectFrom('users').select(['openid', 'deletedAt']).where('id', '=', looked.id).executeTakeFirstOrThrow();
    expect(closed.openid).toBeNull();
    expect(closed.deletedAt).not.toBeNull();
    const audit = await t.db.selectFrom('auditEvents').select('data').where('action', '=', 'households.linkChild.closeEmptyAccount').where('subjectId', '=', looked.id).execute();
    expect(audit).toHaveLength(1);
  });

  it('a phone whose account is someone\'s own (a name given, a home asked for, or older than a day) is still refused', async () => {
    const county = await seedCounty(t.db);
    const childId = await addXiaoyu(county);
    const made = await codeFor(county, childId);
    const older = newPhone(county);
    const made2DaysAgo = data<any>(await older('identity', 'me')).user.id;
    await t.db.updateTable('users').set({ createdAt: new Date(Date.now() - 2 * 24 * 3_600_000) }).where('id', '=', made2DaysAgo).execute();
    const named = newPhone(county);
    data(await named('identity', 'updateProfile', { name: '刘阿姨' }));
    const asking = newPhone(county);
    data(await asking('identity', 'me'));
    data(await asking('households', 'requestBinding', { householdId: county.households['幸福里社区/1号楼/1单元/501'], relation: 'tenant' }));
    const preview = data<any>(await newPhone(county)('households', 'openChildLink', { code: made.code }));
    for (const phone of [named, asking, older]) {
      expect(errorCode(await phone('households', 'openChildLink', { code: made.code }))).toBe('FORBIDDEN');
      expect(errorCode(await phone('households', 'linkChild', { linkId: preview.linkId, code: made.code }))).toBe('FORBIDDEN');
    }
    const row = await t.db.selectFrom('users').select('openid').where('id', '=', childId).executeTakeFirstOrThrow();
    expect(row.openid).toBeNull();
  });

  it('refuses an expired code, a used code and a wrong code, and counts wrong codes against the phone\'s ten a day', async () => {
    const time = movableClock('2026-12-05T02:00:00Z');
    const county = await seedCounty(t.db, { clock: time.clock });
    const childId = await addXiaoyu(county);
    const made = await codeFor(county, childId);
    const phone = newPhone(county);
    const preview = data<any>(await phone('households', 'openChildLink', { code: made.code }));

    const wrongCode = made.code === '000000' ? '000001' : '000000';
    expect(errorCode(await phone('households', 'linkChild', { linkId: preview.linkId, code: wrongCode }))).toBe('NOT_FOUND');
    const guess = newPhone(county);
    for (let i = 9; i >= 0; i--) expect(data<any>(await guess('households', 'openChildLink', { code: wrongCode }))).toEqual({ found: false, attemptsLeft: i });
    expect(errorCode(await guess('households', 'openChildLink', { code: made.code }))).toBe('RATE_LIMITED');

    time.advanceHours(24);
    expect(errorCode(await phone('households', 'openChildLink', { code: made.code }))).toBe('CLOSED');
    const late = await phone('households', 'linkChild', { linkId: preview.linkId, code: made.code });
    expect(errorCode(late)).toBe('CLOSED');
    expect((late as any).error.message).toContain('过期');

    const fresh = await codeFor(county, childId);
    const first = newPhone(county);
    const p2 = data<any>(await first('households', 'openChildLink', { code: fresh.code }));
    data(await first('households', 'linkChild', { linkId: p2.linkId, code: fresh.code }));
    const again = await newPhone(county)('households', 'openChildLink', { code: fresh.code });
    expect(errorCode(again)).toBe('CLOSED');
    expect((again as any).error.message).toContain('用过');
  });

  it('a new code replaces the unused one: the old code no longer links', async () => {
    const county = await seedCounty(t.db);
    const childId = await addXiaoyu(county);
    const old = await codeFor(county, childId);
    const phone = newPhone(county);
    const oldPreview = data<any>(await phone('households', 'openChildLink', { code: old.code }));
    const next = await codeFor(county, childId);
    const refused = await phone('households', 'linkChild', { linkId: oldPreview.linkId, code: old.code });
    expect(errorCode(refused)).toBe('CLOSED');
    expect((refused as any).error.message).toContain('新号码');
    const p = data<any>(await phone('households', 'openChildLink', { code: next.code }));
    expect(data<any>(await phone('households', 'linkChild', { linkId: p.linkId, code: next.code })).alreadyLinked).toBe(false);
  });

  it('a child who has turned 18 is not linked: her own WeChat is an adult\'s', async () => {
    // New Year's Eve in Beijing: 小雨, born December 2008, is an adult from January, while the code is still good.
    const time = movableClock('2026-12-31T12:00:00Z');
    const county = await seedCounty(t.db, { clock: time.clock });
    const childId = await addXiaoyu(county, { birthMonth: '2008-12' });
    const made = await codeFor(county, childId);
    time.advanceHours(6);
    expect(errorCode(await newPhone(county)('households', 'openChildLink', { code: made.code }))).toBe('FORBIDDEN');
    expect(errorCode(await county.as('guardian')('households', 'childLinkCode', { childId }))).toBe('FORBIDDEN');
  });

  it('links one phone when twenty phones link one code at once', async () => {
    const county = await seedCounty(t.db);
    const childId = await addXiaoyu(county);
    const made = await codeFor(county, childId);
    const phones = Array.from({ length: 20 }, () => newPhone(county));
    const previews = await Promise.all(phones.map((phone) => phone('households', 'openChildLink', { code: made.code })));
    const linkId = data<any>(previews[0]).linkId;
    const links = await Promise.all(phones.map((phone) => phone('households', 'linkChild', { linkId, code: made.code })));
    // A loser that arrives while the winner's transaction is open is told the child is taken (CONFLICT); one that
    // arrives after it committed finds the code used (CLOSED). Which one is timing: under CI's load only 4 were CONFLICT.
    const counts: Record<string, number> = {};
    for (const r of links) {
      const outcome = r.ok ? 'linked' : ['CONFLICT', 'CLOSED'].includes(r.error.code) ? 'refused' : r.error.code;
      counts[outcome] = (counts[outcome] ?? 0) + 1;
    }
    expect(counts).toEqual({ linked: 1, refused: 19 });
    const told = await t.db.selectFrom('inboxMessages').select('id').where('sourceKey', '=', `child:${childId}:linked`).execute();
    expect(told).toHaveLength(1);
  });
});
