import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../../server/db/schema';
import { storyHash } from '../../../../server/modules/goodPeople/domain/nomination-events';
import { addPeople, addPerson, data, errorCode, seedCounty, type TestCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { CONTACT, nominated, STORY } from './good-person-fixtures';

const t = useTestDatabase();

type Caller = ReturnType<TestCounty['as']>;

const history = (ask: Caller, goodPersonId: string) => ask('goodPeople', 'history', { goodPersonId });

/** The stored rows, oldest first (what no answer may be trusted to show). */
const rowsOf = (goodPersonId: string) => t.db.selectFrom('goodPersonEvents').selectAll().where('goodPersonId', '=', goodPersonId).orderBy('version').execute();

const nominationRow = (goodPersonId: string) =>
  t.db.selectFrom('goodPeople').select(['version', 'status', 'nomineeName', 'category', 'story', 'photos', 'consentBy', 'reviewNote']).where('id', '=', goodPersonId).executeTakeFirstOrThrow();

/** 王建国 (guardian, 幸福里社区) nominates; answers the id and the code he passes on. */
async function nominate(county: TestCounty, nomineeName = '赵德明', category = 'helping') {
  return data<{ goodPersonId: string; consentCode: string }>(
    await county.as('guardian')('goodPeople', 'nominate', { idempotencyKey: randomUUID(), category, nomineeName, nomineeContact: CONTACT, story: STORY }),
  );
}

class RolledBack extends Error {}

/** Runs one statement in a transaction that is always rolled back; answers the database's refusal, or 'accepted'. */
async function tryInRolledBack(statement: (trx: Kysely<DB>) => Promise<unknown>): Promise<string> {
  let outcome = 'accepted';
  await t.db
    .transaction()
    .execute(async (trx) => {
      try {
        await statement(trx);
      } catch (error) {
        outcome = (error as Error).message;
      }
      throw new RolledBack();
    })
    .catch((error) => {
      if (!(error instanceof RolledBack)) throw error;
    });
  return outcome;
}

describe('推荐经过: a good person’s nomination keeps its history', () => {
  it('records every step in order — who, in which capacity, when, at which version, and which text the nominee agreed to', async () => {
    const county = await seedCounty(t.db);
    const { goodPersonId: id, consentCode } = await nominate(county);
    const [nominee] = await addPeople(county, 1, { name: '赵德明' });
    data(await nominee.call('goodPeople', 'consentByCode', { code: consentCode, agree: true }));
    const atConsent = await nominationRow(id);
    data(await county.as('staff')('goodPeople', 'review', { goodPersonId: id, decision: 'changes', reason: '事迹再写具体一些' }));
    const revised = `${STORY}去年冬天他还帮邻居修好了水管。`;
    const { consentCode: again } = data<any>(await county.as('guardian')('goodPeople', 'revise', { goodPersonId: id, story: revised, photos: [] }));
    // A revised story is another text: the nominee agrees to it again before review.
    data(await nominee.call('goodPeople', 'consentByCode', { code: again, agree: true }));
    data(await county.as('admin')('goodPeople', 'review', { goodPersonId: id, decision: 'approve' }));
    expect(data<any>(await county.as('admin')('goodPeople', 'award', { goodPersonId: id, year: 2026, title: '2026年度青禾好人' }))).toEqual({ awarded: true });
    // The same title again changes nothing, so it is no step.
    expect(data<any>(await county.as('admin')('goodPeople', 'award', { goodPersonId: id, year: 2026, title: '2026年度青禾好人' }))).toEqual({ awarded: false });
    data(await nominee.call('goodPeople', 'withdraw', { goodPersonId: id }));

    const steps = data<any[]>(await history(county.as('staff'), id));
    expect(steps.map((s) => [s.version, s.type, s.label, s.by, s.decision, s.note])).toEqual([
      [1, 'submitted', '提交了推荐', '王建国（推荐人）', null, null],
      [2, 'consent_given', '本人用确认码同意公开', '赵德明（被推荐人本人）', null, null],
      [3, 'reviewed', '请推荐人修改', '孙丽（幸福里社区）', 'changes', '事迹再写具体一些'],
      [4, 'revised', '修改后重新提交，请被推荐人重新同意', '王建国（推荐人）', null, null],
      [5, 'consent_given', '本人用确认码同意公开', '赵德明（被推荐人本人）', null, null],
      [6, 'reviewed', '审核通过，公开展示', '吴敏（县创文指挥中心）', 'approve', null],
      [7, 'awarded', '授予“2026年度青禾好人”称号', '吴敏（县创文指挥中心）', null, null],
      [8, 'consent_withdrawn', '本人撤回同意，已撤下展示', '赵德明（被推荐人本人）', null, null],
    ]);
    expect(steps[6].award).toEqual({ year: 2026, title: '2026年度青禾好人' });
    expect(steps.filter((s) => s.type !== 'awarded').every((s) => s.award === null)).toBe(true);
    // One step per version: the nomination stands at the last one.
    expect((await nominationRow(id)).version).toBe(8);
    const times = steps.map((s) => Date.parse(s.at));
    expect(times.every((ms) => !Number.isNaN(ms))).toBe(true);
    expect([...times].sort((a, b) => a - b)).toEqual(times);

    // The consent names the text it covers: version 2, as it would have been published then.
    expect(atConsent.version).toBe(2);
    const asNominated = storyHash({ nomineeName: '赵德明', category: 'helping', story: STORY, photos: [] });
    expect(steps[0].contentHash).toBe(asNominated);
    expect(steps[1].contentHash).toBe(asNominated);
    expect(steps[1].contentHash).toBe(storyHash(atConsent));
    // The revision is another text — not the one the nominee first agreed to: the second consent covers it; review, title and withdrawal change none.
    const asRevised = storyHash({ nomineeName: '赵德明', category: 'helping', story: revised, photos: [] });
    expect(steps[3].contentHash).toBe(asRevised);
    expect(asRevised).not.toBe(asNominated);
    expect(steps.slice(4).map((s) => s.contentHash)).toEqual([asRevised, asRevised, asRevised, asRevised]);
    // The contact is never part of what is hashed: a new number is the same text.
    expect(storyHash({ nomineeName: '赵德明', category: 'helping', story: STORY, photos: [] })).toBe(asNominated);

    // Stored by id: who did it is a person, never a copied name; never the contact.
    const rows = await rowsOf(id);
    expect(rows.map((r) => [r.version, r.actorId, r.actorRole])).toEqual([
      [1, county.people.guardian.userId, 'nominator'],
      [2, nominee.userId, 'nominee'],
      [3, county.people.staff.userId, 'staff'],
      [4, county.people.guardian.userId, 'nominator'],
      [5, nominee.userId, 'nominee'],
      [6, county.people.admin.userId, 'admin'],
      [7, county.people.admin.userId, 'admin'],
      [8, nominee.userId, 'nominee'],
    ]);
    expect(rows[6]).toMatchObject({ awardYear: 2026, awardTitle: '2026年度青禾好人' });
    expect(JSON.stringify(rows)).not.toMatch(/王建国|赵德明|孙丽|吴敏|13800001111/);
  });

  it('records a confirmation by staff with its note, a refusal by code, a child’s guardian, and a take-down by staff with the reason', async () => {
    const county = await seedCounty(t.db);
    // Staff confirm in person; later take it down at the nominee's request.
    const { goodPersonId: confirmed } = await nominate(county, '钱秀英');
    data(await county.as('staff')('goodPeople', 'confirmConsent', { goodPersonId: confirmed, note: '电话联系本人，同意公开' }));
    data(await county.as('staff')('goodPeople', 'review', { goodPersonId: confirmed, decision: 'approve' }));
    data(await county.as('staff')('goodPeople', 'withdraw', { goodPersonId: confirmed, reason: '本人打电话来说不想公开了' }));
    expect(data<any[]>(await history(county.as('guardian'), confirmed)).map((s) => [s.type, s.label, s.by, s.note])).toEqual([
      ['submitted', '提交了推荐', '王建国（推荐人）', null],
      ['consent_given', '工作人员当面或电话确认，本人同意公开', '幸福里社区', '电话联系本人，同意公开'],
      ['reviewed', '审核通过，公开展示', '幸福里社区', null],
      ['consent_withdrawn', '受本人委托撤下展示', '幸福里社区', '本人打电话来说不想公开了'],
    ]);
    const confirmedRows = await rowsOf(confirmed);
    expect(confirmedRows.map((r) => [r.type, r.actorRole, r.actorId])).toEqual([
      ['submitted', 'nominator', county.people.guardian.userId],
      ['consent_given', 'staff', county.people.staff.userId],
      ['reviewed', 'staff', county.people.staff.userId],
      ['consent_withdrawn', 'staff', county.people.staff.userId],
    ]);
    // The staff confirmation covers the text as nominated.
    expect(confirmedRows[1].contentHash).toBe(storyHash({ nomineeName: '钱秀英', category: 'helping', story: STORY, photos: [] }));

    // The nominee declines with the code.
    const { goodPersonId: declined, consentCode } = await nominate(county, '孙大爷');
    const [decliner] = await addPeople(county, 1, { name: '孙大爷' });
    data(await decliner.call('goodPeople', 'consentByCode', { code: consentCode, agree: false }));
    expect(data<any[]>(await history(county.as('guardian'), declined)).map((s) => [s.version, s.type, s.label, s.by])).toEqual([
      [1, 'submitted', '提交了推荐', '王建国（推荐人）'],
      [2, 'consent_refused', '本人婉拒公开展示', '被推荐人本人'],
    ]);
    expect((await rowsOf(declined)).map((r) => [r.actorRole, r.actorId])).toEqual([
      ['nominator', county.people.guardian.userId],
      ['nominee', decliner.userId],
    ]);

    // A 新时代好少年: an adult answers the code for the child.
    const { goodPersonId: youth, consentCode: youthCode } = await nominate(county, '刘小雨', 'youth');
    const [mother] = await addPeople(county, 1, { name: '刘妈妈' });
    data(await mother.call('goodPeople', 'consentByCode', { code: youthCode, agree: true }));
    expect(data<any[]>(await history(county.as('admin'), youth)).map((s) => [s.label, s.by])).toEqual([
      ['提交了推荐', '王建国（推荐人）'],
      ['家长用确认码同意公开', '刘妈妈（被推荐人的家长）'],
    ]);
    expect(data<any[]>(await history(county.as('guardian'), youth)).map((s) => s.by)).toEqual(['王建国（推荐人）', '被推荐人的家长']);
    expect(data<any[]>(await history(mother.call, youth)).map((s) => s.by)).toEqual(['推荐人', '刘妈妈（被推荐人的家长）']);
  });

  it('names each person as the reader may know them: the nominee never learns the nominator’s name, the nominator reads staff as the community', async () => {
    const county = await seedCounty(t.db);
    const { goodPersonId: id, nominee } = await nominated(county);
    data(await county.as('staff')('goodPeople', 'review', { goodPersonId: id, decision: 'approve' }));
    expect(data<any[]>(await history(county.as('guardian'), id)).map((s) => s.by)).toEqual(['王建国（推荐人）', '被推荐人本人', '幸福里社区']);
    const nomineeSees = data<any[]>(await history(nominee.call, id));
    expect(nomineeSees.map((s) => s.by)).toEqual(['推荐人', '赵德明（被推荐人本人）', '幸福里社区']);
    expect(JSON.stringify(nomineeSees)).not.toMatch(/王建国|孙丽/);
    expect(data<any[]>(await history(county.as('admin'), id)).map((s) => s.by)).toEqual(['王建国（推荐人）', '赵德明（被推荐人本人）', '孙丽（幸福里社区）']);
    for (const who of ['guardian', 'staff', 'admin'] as const) {
      expect([who, data<any>(await county.as(who)('goodPeople', 'detail', { goodPersonId: id })).seesHistory]).toEqual([who, true]);
    }
    expect(data<any>(await nominee.call('goodPeople', 'detail', { goodPersonId: id })).seesHistory).toBe(true);
  });

  it('is append-only: the database refuses to edit, delete or truncate it', async () => {
    const county = await seedCounty(t.db);
    const { goodPersonId: id } = await nominated(county);
    const before = await rowsOf(id);
    expect(before).toHaveLength(2);
    const mine = (q: any) => q.where('goodPersonId', '=', id);
    expect(await tryInRolledBack((trx) => mine(trx.updateTable('goodPersonEvents').set({ actorId: county.people.staff.userId })).execute())).toMatch(/append-only/);
    expect(await tryInRolledBack((trx) => mine(trx.updateTable('goodPersonEvents').set({ contentHash: '0'.repeat(64) })).execute())).toMatch(/append-only/);
    expect(await tryInRolledBack((trx) => mine(trx.deleteFrom('goodPersonEvents')).execute())).toMatch(/append-only/);
    expect(await tryInRolledBack((trx) => sql`truncate good_person_events`.execute(trx))).toMatch(/append-only/);
    // Nor may a step be written twice for one version.
    expect(await tryInRolledBack((trx) => trx.insertInto('goodPersonEvents').values({ ...before[1], id: randomUUID() }).execute())).toMatch(/duplicate key/);
    expect(await rowsOf(id)).toEqual(before);
  });
});

describe('who may read the history', () => {
  it('refuses outsiders — another resident, staff of another community, another county — and their attempts write nothing', async () => {
    const county = await seedCounty(t.db);
    const hepingStaff = await addPerson(county, '刘网格', 'staff', 'community', county.communities['和平社区']);
    const elsewhere = await seedCounty(t.db);
    const { goodPersonId: id, consentCode } = await nominate(county);
    const outsiders = [county.as('resident'), county.as('captain'), county.as('volunteer'), county.as('minor'), hepingStaff.call, elsewhere.as('staff'), elsewhere.as('admin')];

    // Waiting for the nominee: the nominator and the reviewers read it; to everyone else it does not exist.
    expect(data<any[]>(await history(county.as('guardian'), id)).map((s) => s.type)).toEqual(['submitted']);
    expect(data<any[]>(await history(county.as('staff'), id)).map((s) => s.type)).toEqual(['submitted']);
    for (const ask of outsiders) {
      const answer = await history(ask, id);
      expect(errorCode(answer)).toBe('NOT_FOUND');
      expect(JSON.stringify(answer)).not.toMatch(/王建国|赵德明|13800001111/);
    }

    const [nominee] = await addPeople(county, 1, { name: '赵德明' });
    data(await nominee.call('goodPeople', 'consentByCode', { code: consentCode, agree: true }));
    const before = { rows: await rowsOf(id), row: await nominationRow(id) };
    // Under review: outsiders' reads and writes are refused, and leave no step.
    for (const ask of outsiders) {
      expect(errorCode(await history(ask, id))).toBe('NOT_FOUND');
      expect(await ask('goodPeople', 'review', { goodPersonId: id, decision: 'approve' })).toMatchObject({ ok: false });
      expect(await ask('goodPeople', 'revise', { goodPersonId: id, story: `${STORY}再补一句。`, photos: [] })).toMatchObject({ ok: false });
      expect(await ask('goodPeople', 'withdraw', { goodPersonId: id, reason: '不想公开了' })).toMatchObject({ ok: false });
      expect(await ask('goodPeople', 'award', { goodPersonId: id, year: 2026, title: '2026年度青禾好人' })).toMatchObject({ ok: false });
    }
    expect(await rowsOf(id)).toEqual(before.rows);
    expect(await nominationRow(id)).toEqual(before.row);

    // Approved, its public page is everyone's; its history is still not.
    data(await county.as('staff')('goodPeople', 'review', { goodPersonId: id, decision: 'approve' }));
    const approved = { rows: await rowsOf(id), row: await nominationRow(id) };
    for (const ask of [county.as('resident'), county.as('captain'), county.as('volunteer'), hepingStaff.call]) {
      expect(data<any>(await ask('goodPeople', 'detail', { goodPersonId: id })).seesHistory).toBe(false);
      const answer = await history(ask, id);
      expect(errorCode(answer)).toBe('FORBIDDEN');
      expect(JSON.stringify(answer)).not.toMatch(/王建国|孙丽|13800001111/);
    }
    expect(errorCode(await history(elsewhere.as('admin'), id))).toBe('NOT_FOUND');
    expect(await rowsOf(id)).toEqual(approved.rows);
    expect(await nominationRow(id)).toEqual(approved.row);
    expect(approved.rows.slice(0, 2)).toEqual(before.rows);

    // The nominee who agreed reads it, also once it is taken down.
    data(await nominee.call('goodPeople', 'withdraw', { goodPersonId: id }));
    expect(data<any[]>(await history(nominee.call, id)).map((s) => s.type)).toEqual(['submitted', 'consent_given', 'reviewed', 'consent_withdrawn']);
  });

  it('refuses a nominee who declined, and someone who merely holds the code', async () => {
    const county = await seedCounty(t.db);
    const { goodPersonId: id, consentCode } = await nominate(county);
    const [decliner, other] = await addPeople(county, 2);
    data(await decliner.call('goodPeople', 'consentByCode', { code: consentCode, agree: false }));
    expect(errorCode(await history(decliner.call, id))).toBe('FORBIDDEN');
    expect(errorCode(await history(other.call, id))).toBe('NOT_FOUND');
    expect(data<any[]>(await history(county.as('guardian'), id)).map((s) => s.type)).toEqual(['submitted', 'consent_refused']);
  });
});

describe('races and 注销', () => {
  it('leaves one reviewed step when reviewers decide at once', async () => {
    const county = await seedCounty(t.db);
    const { goodPersonId: id } = await nominated(county);
    // Open the pool's connections first: otherwise the first reviewer finishes while the others still wait for one.
    await Promise.all(Array.from({ length: 12 }, () => sql`select pg_sleep(0.05)`.execute(t.db)));
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        i % 2 === 0
          ? county.as('staff')('goodPeople', 'review', { goodPersonId: id, decision: 'approve' })
          : county.as('admin')('goodPeople', 'review', { goodPersonId: id, decision: 'reject', reason: '同一个人重复推荐' }),
      ),
    );
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(answers.filter((a) => !a.ok).map(errorCode)).toEqual(Array(11).fill('CONFLICT'));
    const rows = await rowsOf(id);
    expect(rows.filter((r) => r.type === 'reviewed')).toHaveLength(1);
    expect(rows.map((r) => r.version)).toEqual([1, 2, 3]);
    expect((await nominationRow(id)).version).toBe(3);
  });

  it('keeps the steps of a nominee who deleted their account, without their name', async () => {
    const county = await seedCounty(t.db);
    const { goodPersonId: id, nominee } = await nominated(county);
    data(await county.as('staff')('goodPeople', 'review', { goodPersonId: id, decision: 'approve' }));
    data(await nominee.call('privacy', 'deleteAccount', { confirm: '注销' }));
    const steps = data<any[]>(await history(county.as('staff'), id));
    expect(steps.map((s) => [s.type, s.by])).toEqual([
      ['submitted', '王建国（推荐人）'],
      ['consent_given', '已注销用户（被推荐人本人）'],
      ['reviewed', '孙丽（幸福里社区）'],
    ]);
    expect(JSON.stringify(steps)).not.toContain('赵德明（');
    expect((await rowsOf(id))[1].actorId).toBe(nominee.userId);
  });

  it("records the withdrawal of a deleted nominator's undecided nomination as the system's, and keeps a decided one's steps", async () => {
    const county = await seedCounty(t.db);
    const { goodPersonId: open } = await nominated(county, '钱秀英');
    const { goodPersonId: decided } = await nominated(county, '赵德明');
    data(await county.as('staff')('goodPeople', 'review', { goodPersonId: decided, decision: 'approve' }));
    data(await county.as('guardian')('privacy', 'deleteAccount', { confirm: '注销' }));

    const rows = await rowsOf(open);
    expect(rows.map((r) => [r.version, r.type, r.actorRole, r.actorId])).toEqual([
      [1, 'submitted', 'nominator', county.people.guardian.userId],
      [2, 'consent_given', 'nominee', rows[1].actorId],
      [3, 'withdrawn', 'system', county.people.guardian.userId],
    ]);
    expect(await nominationRow(open)).toMatchObject({ status: 'withdrawn', version: 3 });
    expect(data<any[]>(await history(county.as('staff'), open)).map((s) => [s.label, s.by])).toEqual([
      ['提交了推荐', '已注销用户（推荐人）'],
      ['本人用确认码同意公开', '钱秀英（被推荐人本人）'],
      ['推荐人注销了账号，推荐已撤回', '系统'],
    ]);
    expect((await rowsOf(decided)).map((r) => r.type)).toEqual(['submitted', 'consent_given', 'reviewed']);
    expect(await nominationRow(decided)).toMatchObject({ status: 'approved', version: 3 });
  });

  it('writes a title and its step together, or neither, when an award races a take-down', async () => {
    const county = await seedCounty(t.db);
    const { goodPersonId: id, nominee } = await nominated(county);
    data(await county.as('staff')('goodPeople', 'review', { goodPersonId: id, decision: 'approve' }));
    await Promise.all(Array.from({ length: 4 }, () => sql`select pg_sleep(0.05)`.execute(t.db)));
    const [award, withdraw] = await Promise.all([
      county.as('admin')('goodPeople', 'award', { goodPersonId: id, year: 2026, title: '2026年度青禾好人' }),
      nominee.call('goodPeople', 'withdraw', { goodPersonId: id }),
    ]);
    // Each moved the nomination from the version it read, or was refused: never both from one version.
    for (const answer of [award, withdraw]) if (!answer.ok) expect(['CONFLICT', 'NOT_FOUND']).toContain(errorCode(answer));
    expect([award, withdraw].some((a) => a.ok)).toBe(true);
    const rows = await rowsOf(id);
    expect(rows.map((r) => r.version)).toEqual(rows.map((_, i) => i + 1));
    expect((await nominationRow(id)).version).toBe(rows.length);
    const titles = await t.db.selectFrom('goodPeopleTitles').select('title').where('goodPersonId', '=', id).execute();
    expect(titles).toHaveLength(rows.filter((r) => r.type === 'awarded').length);
    expect(rows.filter((r) => r.type === 'awarded')).toHaveLength(award.ok ? 1 : 0);
    expect(rows.filter((r) => r.type === 'consent_withdrawn')).toHaveLength(withdraw.ok ? 1 : 0);
  });
});
