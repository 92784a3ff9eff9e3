import { randomUUID } from 'node:crypto';
import { addPeople, data, errorCode, seedCounty, TestCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';

const t = useTestDatabase();

const STORY = '楼下的赵大爷每天早上六点就拿着扫帚把整条巷子扫一遍，十年如一日。下雨天他还会把积水扫开，方便上学的孩子们走过，冬天下雪他第一个出来铲雪撒盐。';

async function nominate(county: TestCounty, overrides: Record<string, unknown> = {}) {
  return data<any>(
    await county.as('guardian')('goodPeople', 'nominate', { idempotencyKey: randomUUID(), category: 'helping', nomineeName: '赵德明', nomineeContact: '13800001111', story: STORY, ...overrides }),
  );
}

describe('好人推荐', () => {
  it('shows nothing until the nominee agrees with the code and staff approve; then anyone can support once', async () => {
    const county = await seedCounty(t.db);
    const { goodPersonId, consentCode } = await nominate(county);
    expect(consentCode).toMatch(/^[A-Z2-9]{8}$/);
    expect(errorCode(await county.as('resident')('goodPeople', 'detail', { goodPersonId }))).toBe('NOT_FOUND');
    expect(data<any[]>(await county.as('resident')('goodPeople', 'gallery', {}))).toEqual([]);
    // Staff cannot approve before the nominee agreed.
    expect(errorCode(await county.as('staff')('goodPeople', 'review', { goodPersonId, decision: 'approve' }))).toBe('CONFLICT');

    const [nominee] = await addPeople(county, 1, { name: '赵德明' });
    expect(data<any>(await nominee.call('goodPeople', 'consentByCode', { code: consentCode.toLowerCase(), agree: true }))).toMatchObject({ status: 'submitted' });
    expect(data<any[]>(await county.as('guardian')('inbox', 'list', {}))[0].title).toBe('赵德明同意了您的推荐');
    data(await county.as('staff')('goodPeople', 'review', { goodPersonId, decision: 'approve' }));

    const gallery = data<any[]>(await county.as('resident')('goodPeople', 'gallery', {}));
    expect(gallery).toEqual([expect.objectContaining({ id: goodPersonId, nomineeName: '赵德明', categoryName: '助人为乐', supports: 0 })]);
    expect(JSON.stringify(gallery)).not.toContain('13800001111');
    expect(data<any>(await county.as('resident')('goodPeople', 'detail', { goodPersonId })).nomineeContact).toBeNull();
    expect(data<any>(await county.as('staff')('goodPeople', 'detail', { goodPersonId })).nomineeContact).toBe('13800001111');

    const supports = await Promise.all(Array.from({ length: 20 }, () => county.as('resident')('goodPeople', 'support', { goodPersonId })));
    expect(supports.every((r) => r.ok)).toBe(true);
    data(await county.as('captain')('goodPeople', 'support', { goodPersonId }));
    const card = data<any>(await county.as('resident')('goodPeople', 'detail', { goodPersonId }));
    expect(card).toMatchObject({ supports: 2, supported: true });
    expect(card.actions).not.toContain('support');
  });

  it('never shows a nominee who declines', async () => {
    const county = await seedCounty(t.db);
    const { goodPersonId, consentCode } = await nominate(county);
    const [nominee] = await addPeople(county, 1);
    data(await nominee.call('goodPeople', 'consentByCode', { code: consentCode, agree: false }));
    expect(errorCode(await county.as('staff')('goodPeople', 'review', { goodPersonId, decision: 'approve' }))).toBe('CONFLICT');
    expect(errorCode(await nominee.call('goodPeople', 'consentByCode', { code: consentCode, agree: true }))).toBe('CONFLICT');
    expect(data<any[]>(await county.as('resident')('goodPeople', 'gallery', {}))).toEqual([]);
  });

  it('lets staff record the agreement of someone without WeChat, and refuses the nominator and a child the code', async () => {
    const county = await seedCounty(t.db);
    const { goodPersonId, consentCode } = await nominate(county, { category: 'youth', nomineeName: '刘小雨' });
    expect(errorCode(await county.as('guardian')('goodPeople', 'consentByCode', { code: consentCode, agree: true }))).toBe('FORBIDDEN');
    expect(errorCode(await county.as('minor')('goodPeople', 'consentByCode', { code: consentCode, agree: true }))).toBe('FORBIDDEN');
    expect(errorCode(await county.as('resident')('goodPeople', 'consentByCode', { code: 'AAAAAAAA', agree: true }))).toBe('NOT_FOUND');
    const elsewhere = await seedCounty(t.db);
    expect(errorCode(await elsewhere.as('staff')('goodPeople', 'confirmConsent', { goodPersonId, note: '电话确认' }))).toBe('NOT_FOUND');
    const view = data<any>(await county.as('staff')('goodPeople', 'confirmConsent', { goodPersonId, note: '已电话联系刘小雨的妈妈，同意公开' }));
    expect(view).toMatchObject({ status: 'submitted', consentVia: 'staff' });
  });

  it('asks for changes with a reason, takes the revision, and lets only reviewers review', async () => {
    const county = await seedCounty(t.db);
    const { goodPersonId } = await nominate(county);
    data(await county.as('staff')('goodPeople', 'confirmConsent', { goodPersonId, note: '当面确认' }));
    // Refused before the nomination is even looked up: nothing says whether it exists.
    for (const person of ['resident', 'handler', 'captain'] as const) {
      expect(errorCode(await county.as(person)('goodPeople', 'review', { goodPersonId, decision: 'approve' }))).toBe('FORBIDDEN');
    }
    expect(errorCode(await county.as('resident')('goodPeople', 'reviewQueue', {}))).toBe('FORBIDDEN');
    expect(errorCode(await county.as('staff')('goodPeople', 'review', { goodPersonId, decision: 'changes' }))).toBe('VALIDATION');
    data(await county.as('staff')('goodPeople', 'review', { goodPersonId, decision: 'changes', reason: '请补充具体的时间和地点' }));
    const mine = data<any[]>(await county.as('guardian')('goodPeople', 'mine', {}));
    expect(mine[0]).toMatchObject({ status: 'changes_requested', reviewNote: '请补充具体的时间和地点', actions: ['revise'] });
    data(await county.as('guardian')('goodPeople', 'revise', { goodPersonId, story: STORY + '（2025年起，幸福路12号巷）', photos: [] }));
    expect(data<any[]>(await county.as('staff')('goodPeople', 'reviewQueue', {})).map((g) => g.id)).toContain(goodPersonId);
  });

  it('awards a title once a year and shows it on the honour roll; only the admin awards', async () => {
    const county = await seedCounty(t.db);
    const { goodPersonId } = await nominate(county);
    data(await county.as('staff')('goodPeople', 'confirmConsent', { goodPersonId, note: '当面确认' }));
    data(await county.as('staff')('goodPeople', 'review', { goodPersonId, decision: 'approve' }));
    expect(errorCode(await county.as('staff')('goodPeople', 'award', { goodPersonId, year: 2026, title: '2026年度青禾好人' }))).toBe('FORBIDDEN');
    expect(data<any>(await county.as('admin')('goodPeople', 'award', { goodPersonId, year: 2026, title: '2026年度青禾好人' }))).toEqual({ awarded: true });
    expect(data<any>(await county.as('admin')('goodPeople', 'award', { goodPersonId, year: 2026, title: '2026年度青禾好人' }))).toEqual({ awarded: false });
    expect(data<any[]>(await county.as('resident')('goodPeople', 'honourRoll', {}))).toEqual([
      { year: 2026, people: [{ goodPersonId, nomineeName: '赵德明', categoryName: '助人为乐', title: '2026年度青禾好人' }] },
    ]);
  });

  it('refuses a story under 50 characters and a contact that is no phone number', async () => {
    const county = await seedCounty(t.db);
    const base = { idempotencyKey: randomUUID(), category: 'helping', nomineeName: '赵德明', nomineeContact: '13800001111', story: STORY };
    expect(errorCode(await county.as('guardian')('goodPeople', 'nominate', { ...base, story: '他是好人。' }))).toBe('VALIDATION');
    expect(errorCode(await county.as('guardian')('goodPeople', 'nominate', { ...base, nomineeContact: 'abc' }))).toBe('VALIDATION');
    expect(errorCode(await county.as('guardian')('goodPeople', 'nominate', { ...base, category: 'famous' }))).toBe('VALIDATION');
  });
});

describe('a nomination sent twice', () => {
  it('creates one nomination for a retried key, with a fresh code that works (the first was never seen)', async () => {
    const county = await seedCounty(t.db);
    const key = randomUUID();
    const first = await nominate(county, { idempotencyKey: key });
    const retry = await nominate(county, { idempotencyKey: key });
    expect(retry.goodPersonId).toBe(first.goodPersonId);
    expect(retry.consentCode).not.toBe(first.consentCode);
    expect(data<any[]>(await county.as('guardian')('goodPeople', 'mine', {}))).toHaveLength(1);
    expect(errorCode(await county.as('resident')('goodPeople', 'lookupCode', { code: first.consentCode }))).toBe('NOT_FOUND');
    expect(data<any>(await county.as('resident')('goodPeople', 'lookupCode', { code: retry.consentCode }))).toMatchObject({ nomineeName: '赵德明', categoryName: '助人为乐', answered: false });
  });
});

describe('what nobody else may do to a nomination', () => {
  it('refuses support before approval, and a revision by anyone but the nominator', async () => {
    const county = await seedCounty(t.db);
    const { goodPersonId } = await nominate(county);
    expect(errorCode(await county.as('resident')('goodPeople', 'support', { goodPersonId }))).toBe('NOT_FOUND');
    data(await county.as('staff')('goodPeople', 'confirmConsent', { goodPersonId, note: '当面确认' }));
    data(await county.as('staff')('goodPeople', 'review', { goodPersonId, decision: 'changes', reason: '请补充时间和地点' }));
    for (const person of ['resident', 'staff', 'admin'] as const) {
      expect(errorCode(await county.as(person)('goodPeople', 'revise', { goodPersonId, story: STORY, photos: [] }))).toBe('NOT_FOUND');
    }
    expect(data<any[]>(await county.as('guardian')('goodPeople', 'mine', {}))[0].status).toBe('changes_requested');
  });
});
