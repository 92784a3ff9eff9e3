import { sql } from 'kysely';
import { addPeople, data, errorCode, seedCounty, TestCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { movableClock } from '../reports/report-fixtures';
import { approvedFamily, approvedOwnFamily, setPhase, setRules } from './family-fixtures';

const t = useTestDatabase();

async function validVotes(nominationId: string): Promise<number> {
  const row = await t.db.selectFrom('familyVotes').select(sql<number>`count(*)::int`.as('n')).where('nominationId', '=', nominationId).where('voidedAt', 'is', null).executeTakeFirstOrThrow();
  return row.n;
}

async function tally(nominationId: string): Promise<number> {
  return (await t.db.selectFrom('familyNominations').select('votes').where('id', '=', nominationId).executeTakeFirstOrThrow()).votes;
}

async function votingFamily(county: TestCounty): Promise<string> {
  const id = await approvedFamily(county);
  await setPhase(t.db, county.familyCampaignId, 'voting');
  return id;
}

describe('who may vote, and when', () => {
  it('counts a vote from a resident bound to another household, and moves the ranking', async () => {
    const county = await seedCounty(t.db);
    const wang = await approvedFamily(county);
    await approvedOwnFamily(county, 'captain', '李家');
    await setPhase(t.db, county.familyCampaignId, 'voting');
    expect(data<any>(await county.as('shopkeeper')('families', 'vote', { nominationId: wang }))).toEqual({ votes: 1, votesLeftToday: 0 });
    const ranking = data<any[]>(await county.as('resident')('families', 'entries', { campaignId: county.familyCampaignId }));
    expect(ranking.map((e) => [e.displayName, e.votes, e.rank])).toEqual([
      ['王家', 1, 1],
      ['李家', 0, 2],
    ]);
  });

  it('refuses votes before and after the voting window', async () => {
    const county = await seedCounty(t.db);
    const id = await approvedFamily(county);
    await setPhase(t.db, county.familyCampaignId, 'review');
    expect(errorCode(await county.as('captain')('families', 'vote', { nominationId: id }))).toBe('CLOSED');
    await setPhase(t.db, county.familyCampaignId, 'results');
    expect(errorCode(await county.as('captain')('families', 'vote', { nominationId: id }))).toBe('CLOSED');
    expect(await validVotes(id)).toBe(0);
  });

  it('refuses a vote for one\'s own household, from a minor, and from someone not bound to a household', async () => {
    const county = await seedCounty(t.db);
    const id = await votingFamily(county);
    expect(errorCode(await county.as('guardian')('families', 'vote', { nominationId: id }))).toBe('FORBIDDEN');
    const [child] = await addPeople(county, 1, { isMinor: true });
    expect(errorCode(await child.call('families', 'vote', { nominationId: id }))).toBe('FORBIDDEN');
    expect(errorCode(await county.as('resident')('families', 'vote', { nominationId: id }))).toBe('FORBIDDEN');
    expect(await validVotes(id)).toBe(0);
    // The campaign's rules may allow them.
    await setRules(t.db, county.familyCampaignId, { minorsMayVote: true, requireHousehold: false });
    data(await child.call('families', 'vote', { nominationId: id }));
    data(await county.as('resident')('families', 'vote', { nominationId: id }));
    expect(await tally(id)).toBe(2);
  });

  it('refuses the vote past the day\'s limit and a second vote for the same family that day; the next Beijing day opens again', async () => {
    const { clock, set } = movableClock('2026-11-20T15:00:00Z'); // 23:00 in Beijing
    const county = await seedCounty(t.db, { clock });
    await setPhase(t.db, county.familyCampaignId, 'nomination', clock.now());
    const wang = await approvedFamily(county);
    const li = await approvedOwnFamily(county, 'captain', '李家');
    await setPhase(t.db, county.familyCampaignId, 'voting', clock.now());
    await setRules(t.db, county.familyCampaignId, { votesPerDay: 1 });
    data(await county.as('shopkeeper')('families', 'vote', { nominationId: wang }));
    expect(errorCode(await county.as('shopkeeper')('families', 'vote', { nominationId: wang }))).toBe('CONFLICT');
    const overLimit = await county.as('shopkeeper')('families', 'vote', { nominationId: li });
    expect(errorCode(overLimit)).toBe('RATE_LIMITED');
    expect(overLimit.ok ? '' : overLimit.error.message).toBe('今天的投票次数已用完，明天再来吧');
    set('2026-11-20T16:30:00Z'); // 00:30 the next Beijing day
    data(await county.as('shopkeeper')('families', 'vote', { nominationId: li }));
    expect([await tally(wang), await tally(li)]).toEqual([1, 1]);
  });
});

describe('votes under concurrency', () => {
  it('counts exactly one of 200 parallel votes by one voter for one family with a limit of 1', async () => {
    const county = await seedCounty(t.db);
    const id = await votingFamily(county);
    const results = await Promise.all(Array.from({ length: 200 }, () => county.as('captain')('families', 'vote', { nominationId: id })));
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(new Set(results.filter((r) => !r.ok).map(errorCode))).toEqual(new Set(['CONFLICT']));
    expect([await tally(id), await validVotes(id)]).toEqual([1, 1]);
  });

  it('keeps the tally equal to the vote rows when 200 voters vote at once', async () => {
    const county = await seedCounty(t.db);
    const id = await votingFamily(county);
    await setRules(t.db, county.familyCampaignId, { requireHousehold: false, familyVotesPerMinute: 10000 });
    const voters = await addPeople(county, 200);
    const results = await Promise.all(voters.map((v) => v.call('families', 'vote', { nominationId: id })));
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(await tally(id)).toBe(200);
    expect(await validVotes(id)).toBe(200);
  });

  it('lets a voter give several votes to one family when the campaign allows, never past the day\'s limit', async () => {
    const county = await seedCounty(t.db);
    const id = await votingFamily(county);
    await setRules(t.db, county.familyCampaignId, { votesPerDay: 3, repeatSameFamily: true });
    const results = await Promise.all(Array.from({ length: 20 }, () => county.as('captain')('families', 'vote', { nominationId: id })));
    expect(results.filter((r) => r.ok)).toHaveLength(3);
    expect(new Set(results.filter((r) => !r.ok).map(errorCode))).toEqual(new Set(['RATE_LIMITED']));
    expect([await tally(id), await validVotes(id)]).toEqual([3, 3]);
  });

  it('slows a burst for one family past its per-minute limit; the next minute opens again', async () => {
    // The test's clock, not the wall's: on the system clock a burst that crossed a minute boundary fell into two windows.
    const { clock, advanceSeconds } = movableClock('2026-11-20T04:00:30Z');
    const county = await seedCounty(t.db, { clock });
    await setPhase(t.db, county.familyCampaignId, 'nomination', clock.now());
    const id = await approvedFamily(county);
    await setPhase(t.db, county.familyCampaignId, 'voting', clock.now());
    await setRules(t.db, county.familyCampaignId, { requireHousehold: false, familyVotesPerMinute: 10 });
    const voters = await addPeople(county, 20, { createdAt: new Date(clock.now().getTime() - 30 * 24 * 3_600_000) });
    const burst = await Promise.all(voters.slice(0, 15).map((v) => v.call('families', 'vote', { nominationId: id })));
    expect(burst.filter((r) => r.ok)).toHaveLength(10);
    expect(new Set(burst.filter((r) => !r.ok).map(errorCode))).toEqual(new Set(['RATE_LIMITED']));
    expect(await tally(id)).toBe(10);
    // Still the same minute: refused. The next minute: counted.
    advanceSeconds(29);
    expect(errorCode(await voters[15].call('families', 'vote', { nominationId: id }))).toBe('RATE_LIMITED');
    advanceSeconds(1);
    const next = await Promise.all(voters.slice(15).map((v) => v.call('families', 'vote', { nominationId: id })));
    expect(next.filter((r) => !r.ok)).toEqual([]);
    expect([await tally(id), await validVotes(id)]).toEqual([15, 15]);
  });
});

describe('anti-brushing', () => {
  it('flags a burst of votes from brand-new accounts to the admin with the evidence; voiding them brings the tally down', async () => {
    const county = await seedCounty(t.db);
    const id = await votingFamily(county);
    await setRules(t.db, county.familyCampaignId, { requireHousehold: false });
    const oldFriends = await addPeople(county, 3);
    const fresh = await addPeople(county, 6, { createdAt: new Date(Date.now() - 30 * 60_000) });
    for (const v of [...oldFriends, ...fresh]) data(await v.call('families', 'vote', { nominationId: id }));
    expect(await tally(id)).toBe(9);

    const flags = data<any[]>(await county.as('admin')('families', 'flags', { campaignId: county.familyCampaignId }));
    expect(flags).toHaveLength(1);
    expect(flags[0]).toMatchObject({ nominationId: id, displayName: '王家', newAccountVotes: 6 });
    expect(flags[0].votes.every((v: any) => v.accountAgeHours < 1 && !v.voided)).toBe(true);
    expect(data<any[]>(await county.as('admin')('inbox', 'list', {})).map((m) => m.title)).toContain('疑似刷票提醒');

    const voteIds = flags[0].votes.map((v: any) => v.voteId);
    expect(data<any>(await county.as('admin')('families', 'voidVotes', { voteIds, reason: '同一时段新注册账号集中投票' }))).toEqual({ voided: 6 });
    expect([await tally(id), await validVotes(id)]).toEqual([3, 3]);
    // Voiding twice changes nothing.
    expect(data<any>(await county.as('admin')('families', 'voidVotes', { voteIds, reason: '重复操作' }))).toEqual({ voided: 0 });
    expect(await tally(id)).toBe(3);
  });

  it('lets only the admin see flags, void votes and export them', async () => {
    const county = await seedCounty(t.db);
    const id = await votingFamily(county);
    data(await county.as('captain')('families', 'vote', { nominationId: id }));
    const [vote] = await t.db.selectFrom('familyVotes').select('id').where('nominationId', '=', id).execute();
    for (const person of ['staff', 'captain', 'guardian'] as const) {
      expect(errorCode(await county.as(person)('families', 'flags', { campaignId: county.familyCampaignId }))).toBe('FORBIDDEN');
      expect(errorCode(await county.as(person)('families', 'voidVotes', { voteIds: [vote.id], reason: '测试' }))).toBe('FORBIDDEN');
      expect(errorCode(await county.as(person)('families', 'exportVotes', { campaignId: county.familyCampaignId }))).toBe('FORBIDDEN');
    }
    const other = await seedCounty(t.db);
    expect(errorCode(await other.as('admin')('families', 'voidVotes', { voteIds: [vote.id], reason: '测试' }))).toBe('NOT_FOUND');
    expect(await tally(id)).toBe(1);
  });

  it('exports the votes per family per Beijing day, valid and voided', async () => {
    const county = await seedCounty(t.db);
    const id = await votingFamily(county);
    data(await county.as('captain')('families', 'vote', { nominationId: id }));
    data(await county.as('shopkeeper')('families', 'vote', { nominationId: id }));
    const [first] = await t.db.selectFrom('familyVotes').select('id').where('nominationId', '=', id).orderBy('at').execute();
    data(await county.as('admin')('families', 'voidVotes', { voteIds: [first.id], reason: '核实为重复账号' }));
    const { csv, filename } = data<any>(await county.as('admin')('families', 'exportVotes', { campaignId: county.familyCampaignId }));
    expect(filename).toMatch(/投票明细\.csv$/);
    const lines = csv.replace('\ufeff', '').trim().split('\r\n');
    expect(lines[0]).toBe('日期,家庭,社区,推荐编号,有效票,作废票');
    expect(lines.slice(1)).toEqual([expect.stringMatching(new RegExp(`^\\d{4}-\\d{2}-\\d{2},王家,幸福里社区,${id},1,1$`))]);
  });
});

describe('results', () => {
  it('freezes the ranking when voting ends; later voids are refused', async () => {
    const county = await seedCounty(t.db);
    const wang = await votingFamily(county);
    data(await county.as('captain')('families', 'vote', { nominationId: wang }));
    await setPhase(t.db, county.familyCampaignId, 'results');
    const final = data<any[]>(await county.as('resident')('families', 'entries', { campaignId: county.familyCampaignId }));
    expect(final).toEqual([expect.objectContaining({ nominationId: wang, votes: 1, rank: 1 })]);
    const [vote] = await t.db.selectFrom('familyVotes').select('id').where('nominationId', '=', wang).execute();
    expect(errorCode(await county.as('admin')('families', 'voidVotes', { voteIds: [vote.id], reason: '测试' }))).toBe('CLOSED');
    const stored = await t.db.selectFrom('familyResults').selectAll().where('campaignId', '=', county.familyCampaignId).execute();
    expect(stored).toEqual([{ campaignId: county.familyCampaignId, nominationId: wang, rank: 1, votes: 1 }]);
  });
});
