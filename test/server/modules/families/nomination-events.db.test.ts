import { sql, type Kysely } from 'kysely';
import type { DB } from '../../../../server/db/schema';
import { contentHash } from '../../../../server/modules/families/domain/nomination-events';
import { addPerson, data, errorCode, seedCounty, type TestCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { childNominates, STORY } from './family-fixtures';

const t = useTestDatabase();

const history = (county: TestCounty, who: Parameters<TestCounty['as']>[0], nominationId: string) => county.as(who)('families', 'history', { nominationId });

/** The stored rows, oldest first (what no answer may be trusted to show). */
const rowsOf = (nominationId: string) =>
  t.db.selectFrom('familyNominationEvents').selectAll().where('nominationId', '=', nominationId).orderBy('version').execute();

const nominationRow = (nominationId: string) =>
  t.db.selectFrom('familyNominations').select(['version', 'status', 'displayName', 'story', 'photos', 'childNameShown']).where('id', '=', nominationId).executeTakeFirstOrThrow();

/** 王建国 consents to his son's nomination as "王家", the child's name hidden. */
async function consented(county: TestCounty, nominationId: string, story = STORY) {
  return data<any>(await county.as('guardian')('families', 'consent', { nominationId, displayName: '王家', story, photos: [], showChildName: false }));
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

describe('推荐经过: a nomination keeps its history', () => {
  it("records every step in order — who, in which capacity, and which version of the text the guardian consented to", async () => {
    const county = await seedCounty(t.db);
    const id = await childNominates(county);
    const asWritten = data<any>(await county.as('guardian')('families', 'nomination', { nominationId: id }));
    const edited = STORY.replace('我家', '我们家');
    await consented(county, id, edited);
    const atConsent = await nominationRow(id);
    data(await county.as('staff')('families', 'review', { nominationId: id, decision: 'changes', reason: '故事再写具体一些' }));
    const revised = `${edited}爸爸还教我修自行车。`;
    data(await county.as('guardian')('families', 'revise', { nominationId: id, displayName: '王家', story: revised, photos: [] }));
    data(await county.as('admin')('families', 'review', { nominationId: id, decision: 'approve' }));
    data(await county.as('guardian')('families', 'withdrawConsent', { nominationId: id }));

    const steps = data<any[]>(await history(county, 'guardian', id));
    expect(steps.map((s) => [s.version, s.type, s.label, s.by, s.decision, s.note])).toEqual([
      [1, 'submitted', '孩子提交了推荐', '王小明（孩子）', null, null],
      [2, 'consent_given', '家长同意公开', '王建国（家长）', null, null],
      [3, 'reviewed', '社区请修改', '幸福里社区', 'changes', '故事再写具体一些'],
      [4, 'revised', '修改后重新提交', '王建国（家长）', null, null],
      [5, 'reviewed', '审核通过，进入投票名单', '县创文指挥中心', 'approve', null],
      [6, 'consent_withdrawn', '撤回同意', '王建国（家长）', null, null],
    ]);
    // One step per version: the nomination stands at the last one.
    expect((await nominationRow(id)).version).toBe(6);
    for (const s of steps) expect(Date.parse(s.at)).not.toBeNaN();

    // The consent names the text it covers: version 2, hashed as it was published then — the guardian's edit, the child's name hidden.
    const consent = steps[1];
    expect(atConsent.version).toBe(2);
    expect(consent.contentHash).toBe(contentHash({ displayName: '王家', story: edited, photos: [], childNameShown: null }));
    expect(consent.contentHash).toBe(contentHash(atConsent));
    expect(consent.childNameShown).toBe(false);
    expect(steps[0].contentHash).toBe(contentHash({ displayName: '王小明家', story: STORY, photos: asWritten.photos, childNameShown: null }));
    expect(asWritten.photos).toHaveLength(1);
    // The revision is another text; review and withdrawal change none.
    expect(steps[3].contentHash).toBe(contentHash({ displayName: '王家', story: revised, photos: [], childNameShown: null }));
    expect(steps[3].contentHash).not.toBe(consent.contentHash);
    expect(steps[4].contentHash).toBe(steps[3].contentHash);

    // Stored by id: who did it is a person, never a copied name.
    const rows = await rowsOf(id);
    expect(rows.map((r) => [r.actorId, r.actorRole])).toEqual([
      [county.people.minor.userId, 'child'],
      [county.people.guardian.userId, 'guardian'],
      [county.people.staff.userId, 'staff'],
      [county.people.guardian.userId, 'guardian'],
      [county.people.admin.userId, 'admin'],
      [county.people.guardian.userId, 'guardian'],
    ]);
    expect(JSON.stringify(rows)).not.toMatch(/王建国|王小明|孙丽|吴敏/);
  });

  it("names staff to the reviewers and the child only to the family; an adult's own family and a neighbour's read as such", async () => {
    const county = await seedCounty(t.db);
    const id = await childNominates(county);
    await consented(county, id);
    data(await county.as('staff')('families', 'review', { nominationId: id, decision: 'reject', reason: '内容与实际情况不符' }));
    const staffSees = data<any[]>(await history(county, 'staff', id));
    expect(staffSees.map((s) => s.by)).toEqual(['孩子', '王建国（家长）', '孙丽（幸福里社区）']);
    expect(JSON.stringify(staffSees)).not.toContain('王小明');
    expect(data<any[]>(await history(county, 'admin', id)).map((s) => s.by)).toEqual(['孩子', '王建国（家长）', '孙丽（幸福里社区）']);

    // 李桂芳 nominates her own family, then takes it back.
    const own = data<any>(await county.as('captain')('families', 'nominate', { campaignId: county.familyCampaignId, displayName: '李家', story: STORY, photos: [] })).nominationId;
    data(await county.as('captain')('families', 'withdrawConsent', { nominationId: own }));
    expect(data<any[]>(await history(county, 'captain', own)).map((s) => [s.type, s.label, s.by])).toEqual([
      ['submitted', '家庭自荐，提交审核', '李桂芳'],
      ['withdrawn', '撤回推荐', '李桂芳'],
    ]);

    // 陈志刚 nominates 李桂芳's household: she consents; he is "邻居" to her, and may not read the history himself.
    const captainHome = county.households['幸福里社区/1号楼/2单元/101'];
    const theirs = data<any>(
      await county.as('shopkeeper')('families', 'nominate', { campaignId: county.familyCampaignId, householdId: captainHome, displayName: '李家', story: STORY, photos: [] }),
    ).nominationId;
    data(await county.as('captain')('families', 'consent', { nominationId: theirs, displayName: '李家', story: STORY, photos: [], showChildName: false }));
    expect(data<any[]>(await history(county, 'captain', theirs)).map((s) => [s.label, s.by])).toEqual([
      ['邻居推荐了这个家庭', '邻居'],
      ['被推荐家庭同意公开', '李桂芳（被推荐家庭）'],
    ]);
    expect(data<any[]>(await history(county, 'staff', theirs)).map((s) => s.by)).toEqual(['陈志刚（邻居）', '李桂芳（被推荐家庭）']);
    expect(errorCode(await history(county, 'shopkeeper', theirs))).toBe('FORBIDDEN');
    expect(data<any>(await county.as('shopkeeper')('families', 'nomination', { nominationId: theirs })).seesHistory).toBe(false);
    expect(data<any>(await county.as('captain')('families', 'nomination', { nominationId: theirs })).seesHistory).toBe(true);
  });

  it('is append-only: the database refuses to edit, delete or truncate it', async () => {
    const county = await seedCounty(t.db);
    const id = await childNominates(county);
    await consented(county, id);
    const before = await rowsOf(id);
    expect(before).toHaveLength(2);
    const mine = (q: any) => q.where('nominationId', '=', id);
    expect(await tryInRolledBack((trx) => mine(trx.updateTable('familyNominationEvents').set({ actorId: county.people.staff.userId })).execute())).toMatch(/append-only/);
    expect(await tryInRolledBack((trx) => mine(trx.updateTable('familyNominationEvents').set({ contentHash: '0'.repeat(64) })).execute())).toMatch(/append-only/);
    expect(await tryInRolledBack((trx) => mine(trx.deleteFrom('familyNominationEvents')).execute())).toMatch(/append-only/);
    expect(await tryInRolledBack((trx) => sql`truncate family_nomination_events`.execute(trx))).toMatch(/append-only/);
    expect(await rowsOf(id)).toEqual(before);
  });
});

describe('who may read the history', () => {
  it("keeps a child's unconsented nomination from everyone but the guardian, and never tells the child or the public", async () => {
    const county = await seedCounty(t.db);
    const id = await childNominates(county);
    for (const who of ['staff', 'admin', 'resident', 'captain', 'volunteer'] as const) {
      const answer = await history(county, who, id);
      expect([who, errorCode(answer)]).toEqual([who, 'NOT_FOUND']);
      expect(JSON.stringify(answer)).not.toContain('王小明');
    }
    expect(data<any[]>(await history(county, 'guardian', id)).map((s) => s.by)).toEqual(['王小明（孩子）']);
    // The child sees the nomination, not the record of who did what with it; nor on the guardian's phone.
    expect(errorCode(await history(county, 'minor', id))).toBe('FORBIDDEN');
    expect(errorCode(await county.asChild('guardian', county.people.minor.userId)('families', 'history', { nominationId: id }))).toBe('FORBIDDEN');
  });

  it('refuses outsiders — a resident of another household, staff of another community, another county — and writes nothing', async () => {
    const county = await seedCounty(t.db);
    const hepingStaff = await addPerson(county, '刘网格', 'staff', 'community', county.communities['和平社区']);
    const elsewhere = await seedCounty(t.db);
    const id = await childNominates(county);
    await consented(county, id);
    const before = { rows: await rowsOf(id), row: await nominationRow(id) };

    // Under review: to them it does not exist.
    for (const ask of [county.as('volunteer'), county.as('captain'), county.as('resident'), hepingStaff.call, elsewhere.as('staff'), elsewhere.as('admin')]) {
      const answer = await ask('families', 'history', { nominationId: id });
      expect(errorCode(answer)).toBe('NOT_FOUND');
      expect(JSON.stringify(answer)).not.toMatch(/王建国|王小明/);
    }
    // Approved, its public page is everyone's; its history is still not.
    data(await county.as('staff')('families', 'review', { nominationId: id, decision: 'approve' }));
    const approved = { rows: await rowsOf(id), row: await nominationRow(id) };
    for (const ask of [county.as('volunteer'), county.as('captain'), county.as('resident'), hepingStaff.call]) {
      expect(data<any>(await ask('families', 'nomination', { nominationId: id })).seesHistory).toBe(false);
      const answer = await ask('families', 'history', { nominationId: id });
      expect(errorCode(answer)).toBe('FORBIDDEN');
      expect(JSON.stringify(answer)).not.toMatch(/王建国|王小明|孙丽/);
    }
    expect(errorCode(await elsewhere.as('admin')('families', 'history', { nominationId: id }))).toBe('NOT_FOUND');
    expect(await rowsOf(id)).toEqual(approved.rows);
    expect(await nominationRow(id)).toEqual(approved.row);
    expect(approved.rows.slice(0, 2)).toEqual(before.rows);
    expect(data<any>(await county.as('staff')('families', 'nomination', { nominationId: id })).seesHistory).toBe(true);
  });
});

describe('races and 注销', () => {
  it('leaves one reviewed step when reviewers decide at once', async () => {
    const county = await seedCounty(t.db);
    const id = await childNominates(county);
    await consented(county, id);
    // Open the pool's connections first: otherwise the first reviewer finishes while the others still wait for one.
    await Promise.all(Array.from({ length: 12 }, () => sql`select pg_sleep(0.05)`.execute(t.db)));
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        i % 2 === 0
          ? county.as('staff')('families', 'review', { nominationId: id, decision: 'approve' })
          : county.as('admin')('families', 'review', { nominationId: id, decision: 'reject', reason: '同一个家庭重复推荐' }),
      ),
    );
    expect(answers.filter((a) => a.ok)).toHaveLength(1);
    expect(answers.filter((a) => !a.ok).map(errorCode)).toEqual(Array(11).fill('CONFLICT'));
    const rows = await rowsOf(id);
    expect(rows.filter((r) => r.type === 'reviewed')).toHaveLength(1);
    expect(rows.map((r) => r.version)).toEqual([1, 2, 3]);
    expect((await nominationRow(id)).version).toBe(3);
  });

  it("keeps the steps of a person who deleted their account, without their name", async () => {
    const county = await seedCounty(t.db);
    const id = await childNominates(county);
    await consented(county, id);
    data(await county.as('guardian')('privacy', 'deleteAccount', { confirm: '注销' }));
    const steps = data<any[]>(await history(county, 'staff', id));
    expect(steps.map((s) => [s.type, s.by])).toEqual([
      ['submitted', '孩子'],
      ['consent_given', '已注销用户（家长）'],
    ]);
    expect(JSON.stringify(steps)).not.toContain('王建国');
    expect((await rowsOf(id))[1].actorId).toBe(county.people.guardian.userId);
  });

  it("records the withdrawal of a forgotten child's undecided nomination as the system's", async () => {
    const county = await seedCounty(t.db);
    const { childId } = data<any>(await county.as('guardian')('households', 'addChild', { givenName: '小雨', birthMonth: '2017-05', guardianConsent: true }));
    const { nominationId } = data<any>(await county.asChild('guardian', childId)('families', 'nominate', { campaignId: county.familyCampaignId, displayName: '王家', story: STORY, photos: [] }));
    data(await county.as('guardian')('privacy', 'deleteAccount', { confirm: '注销' }));
    const rows = await rowsOf(nominationId);
    expect(rows.map((r) => [r.version, r.type, r.actorRole, r.actorId])).toEqual([
      [1, 'submitted', 'child', childId],
      [2, 'withdrawn', 'system', childId],
    ]);
    expect(await nominationRow(nominationId)).toMatchObject({ status: 'withdrawn', version: 2 });
    const child = await t.db.selectFrom('users').select('name').where('id', '=', childId).executeTakeFirstOrThrow();
    expect(child.name).toBe('已注销用户');
  });
});
