import { data, errorCode, seedCounty, type TestCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { categoryId, reportInput } from '../reports/report-fixtures';

const t = useTestDatabase();

/** 赵志远 signs the civic convention and files a report (not anonymously). */
async function activeVolunteer(county: TestCounty) {
  const me = county.as('volunteer');
  data(await me('conventions', 'sign', { versionId: county.versions.civic }));
  const input = await reportInput(county, 'volunteer', await categoryId(county, '乱扔垃圾'), { description: '小区门口的垃圾桶满了两天没人收' });
  const { reportId } = data<{ reportId: string }>(await me('reports', 'submit', input));
  return { me, reportId };
}

/** Everything other people read that could carry a person's name: what the staff, the admin, the team leader and a neighbour see. */
async function whatOthersSee(county: TestCounty, reportId: string, pledgeId: string): Promise<string> {
  const reads: [Parameters<TestCounty['as']>[0], string, string, unknown][] = [
    ['admin', 'reports', 'staffQueue', { filter: 'waiting' }],
    ['admin', 'reports', 'detail', { reportId }],
    ['admin', 'appointments', 'holders', {}],
    ['admin', 'volunteers', 'leaderboard', { period: 'month' }],
    ['team_lead', 'volunteers', 'members', { teamId: county.teamId }],
    ['team_lead', 'volunteers', 'team', { teamId: county.teamId }],
    ['resident', 'conventions', 'certificate', { pledgeId }],
    ['resident', 'campaign', 'summary', {}],
    ['resident', 'reports', 'gallery', {}],
    ['captain', 'households', 'captainQueue', { status: 'decided' }],
  ];
  const answers = [];
  for (const [who, module, action, input] of reads) answers.push(await county.as(who)(module, action, input));
  return JSON.stringify(answers);
}

describe('a person\'s rights over their data', () => {
  it('个人信息查阅: the person reads what the county holds about them', async () => {
    const county = await seedCounty(t.db);
    const { me } = await activeVolunteer(county);
    const mine = data<any>(await me('privacy', 'myData'));
    expect(mine.profile).toMatchObject({ name: '赵志远', roles: expect.arrayContaining(['resident', 'volunteer']) });
    expect(mine.household).toEqual({ label: '和平社区 2号楼 1单元 502', community: '和平社区' });
    expect(mine.pledges).toEqual([expect.objectContaining({ version: 1, signerNo: 1 })]);
    expect(mine.reports).toEqual([expect.objectContaining({ category: '乱扔垃圾', description: '小区门口的垃圾桶满了两天没人收', anonymous: false })]);
    expect(mine.volunteer).toMatchObject({ realName: '赵志远', phone: '13900001111' });
  });

  it('注销账号: afterwards no answer to anyone carries the person\'s name, phone or openid, and every tally still adds up', async () => {
    const county = await seedCounty(t.db);
    const { me, reportId } = await activeVolunteer(county);
    const pledge = await t.db.selectFrom('pledges').select('id').where('userId', '=', county.people.volunteer.userId).executeTakeFirstOrThrow();
    const before = {
      summary: data<any>(await county.as('resident')('campaign', 'summary')).figures,
      signers: data<any[]>(await county.as('resident')('conventions', 'list')).map((c) => c.signerCount),
      reports: (await t.db.selectFrom('reports').select('id').where('countyId', '=', county.countyId).execute()).length,
    };
    expect(await whatOthersSee(county, reportId, pledge.id)).toContain('赵志远');

    expect(data<any>(await me('privacy', 'deleteAccount', { confirm: '注销' }))).toEqual({ deleted: true });

    const seen = await whatOthersSee(county, reportId, pledge.id);
    expect(seen).not.toMatch(/赵.?志?.?远/);
    expect(seen).not.toContain('13900001111');
    expect(seen).not.toContain(county.people.volunteer.openid);
    const row = await t.db.selectFrom('users').select(['name', 'phone', 'openid', 'deletedAt']).where('id', '=', county.people.volunteer.userId).executeTakeFirstOrThrow();
    expect(row).toEqual({ name: '已注销用户', phone: null, openid: null, deletedAt: expect.any(Date) });
    expect(JSON.stringify(await t.db.selectFrom('volunteerProfiles').selectAll().where('userId', '=', county.people.volunteer.userId).execute())).not.toContain('13900001111');

    // The county's records keep their numbers.
    expect(data<any>(await county.as('resident')('campaign', 'summary')).figures).toEqual({ ...before.summary, householdsBound: before.summary.householdsBound - 1 });
    expect(data<any[]>(await county.as('resident')('conventions', 'list')).map((c) => c.signerCount)).toEqual(before.signers);
    expect((await t.db.selectFrom('reports').select('id').where('countyId', '=', county.countyId).execute()).length).toBe(before.reports);
    const ledger = await t.db.selectFrom('pointAccounts as a').leftJoin('pointEntries as e', 'e.accountId', 'a.id').select(['a.id', 'a.balance', (eb) => eb.fn.coalesce(eb.fn.sum<string>('e.amount'), eb.val('0')).as('sum')]).where('a.countyId', '=', county.countyId).groupBy(['a.id', 'a.balance']).execute();
    for (const account of ledger) expect(Number(account.sum)).toBe(account.balance);
  });

  it('the same WeChat opening the app again starts afresh, as a new resident with nothing of the old account', async () => {
    const county = await seedCounty(t.db);
    // As a deployment does: a WeChat user it does not know joins this county.
    county.runtime.countyIdForNewUsers = county.countyId;
    const { me } = await activeVolunteer(county);
    data(await me('privacy', 'deleteAccount', { confirm: '注销' }));
    const again = data<any>(await me('identity', 'me'));
    expect(again.user.id).not.toBe(county.people.volunteer.userId);
    expect(again.roles.map((r: any) => r.role)).toEqual(['resident']);
    expect(data<any>(await me('privacy', 'myData'))).toMatchObject({ household: null, pledges: [], reports: [], volunteer: null });
  });

  it('needs the typed 注销, keeps a county\'s last admin until another is appointed, and is not for child mode; each refusal writes nothing', async () => {
    const county = await seedCounty(t.db);
    const stray = await county.as('resident')('privacy', 'deleteAccount', { confirm: '确定' });
    expect((stray as any).error.details).toEqual([{ field: 'confirm', message: '请输入“注销”两个字确认' }]);
    expect(errorCode(await county.as('resident')('privacy', 'deleteAccount', {}))).toBe('VALIDATION');
    expect(errorCode(await county.as('admin')('privacy', 'deleteAccount', { confirm: '注销' }))).toBe('FORBIDDEN');
    const { childId } = data<any>(await county.as('guardian')('households', 'addChild', { givenName: '小雨', birthMonth: '2017-05', guardianConsent: true }));
    expect(errorCode(await county.asChild('guardian', childId)('privacy', 'deleteAccount', { confirm: '注销' }))).toBe('FORBIDDEN');
    const deleted = await t.db.selectFrom('users').select('id').where('countyId', '=', county.countyId).where('deletedAt', 'is not', null).execute();
    expect(deleted).toEqual([]);
  });

  it('forgets with the guardian a child they added who has no other guardian, and ends the undecided nominations', async () => {
    const county = await seedCounty(t.db);
    const { childId } = data<any>(await county.as('guardian')('households', 'addChild', { givenName: '小雨', birthMonth: '2017-05', guardianConsent: true }));
    const story = '我家有爸爸、妈妈、奶奶和我。奶奶腿脚不好，爸爸每天下班都扶她下楼散步；妈妈周末去社区做志愿者，帮邻居打扫楼道。我们家垃圾分好类再扔。';
    const { nominationId } = data<any>(await county.asChild('guardian', childId)('families', 'nominate', { campaignId: county.familyCampaignId, displayName: '王家', story, photos: [] }));
    data(await county.as('guardian')('privacy', 'deleteAccount', { confirm: '注销' }));
    const child = await t.db.selectFrom('users').select(['name', 'birthMonth', 'deletedAt']).where('id', '=', childId).executeTakeFirstOrThrow();
    expect(child).toEqual({ name: '已注销用户', birthMonth: null, deletedAt: expect.any(Date) });
    const nomination = await t.db.selectFrom('familyNominations').select('status').where('id', '=', nominationId).executeTakeFirstOrThrow();
    expect(nomination.status).toBe('withdrawn');
  });
});
