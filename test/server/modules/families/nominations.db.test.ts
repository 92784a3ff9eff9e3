import { data, errorCode, seedCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { approvedFamily, childNominates, setPhase, STORY } from './family-fixtures';

const t = useTestDatabase();

describe("a child's nomination of their own family (小手拉大手)", () => {
  it("stays hidden from everyone but the child and the guardian until the guardian consents", async () => {
    const county = await seedCounty(t.db);
    const id = await childNominates(county);

    const childView = data<any>(await county.as('minor')('families', 'nomination', { nominationId: id }));
    expect(childView).toMatchObject({ status: 'awaiting_consent', childName: '王小明', actions: [] });
    const requests = data<any[]>(await county.as('guardian')('families', 'consentRequests', {}));
    expect(requests).toEqual([expect.objectContaining({ id, childName: '王小明', actions: ['consent'] })]);
    const inbox = data<any[]>(await county.as('guardian')('inbox', 'list', {}));
    expect(inbox[0]).toMatchObject({ kind: 'consent', title: '王小明推荐了你们家参加文明家庭评选' });

    for (const person of ['staff', 'admin', 'resident', 'captain'] as const) {
      expect(errorCode(await county.as(person)('families', 'nomination', { nominationId: id }))).toBe('NOT_FOUND');
    }
    const queue = data<any[]>(await county.as('staff')('families', 'reviewQueue', { campaignId: county.familyCampaignId }));
    expect(queue).toEqual([]);
    expect(JSON.stringify(await county.as('admin')('families', 'reviewQueue', { campaignId: county.familyCampaignId }))).not.toContain('王小明');
    expect(data<any[]>(await county.as('resident')('families', 'entries', { campaignId: county.familyCampaignId }))).toEqual([]);
  });

  it('publishes what the guardian approved — the family name, not the child — once staff approve', async () => {
    const county = await seedCounty(t.db);
    const id = await childNominates(county);
    const edited = STORY.replace('我家', '我们家');
    const consented = data<any>(await county.as('guardian')('families', 'consent', { nominationId: id, displayName: '王家', story: edited, photos: [], showChildName: false }));
    expect(consented).toMatchObject({ status: 'submitted', displayName: '王家', childNameShown: null });
    expect(data<any[]>(await county.as('minor')('inbox', 'list', {}))[0]).toMatchObject({ title: '家长同意了你的推荐' });

    const queue = data<any[]>(await county.as('staff')('families', 'reviewQueue', { campaignId: county.familyCampaignId }));
    expect(queue).toEqual([expect.objectContaining({ id, displayName: '王家', actions: ['review'], childName: null })]);
    data(await county.as('staff')('families', 'review', { nominationId: id, decision: 'approve' }));

    const entries = data<any[]>(await county.as('resident')('families', 'entries', { campaignId: county.familyCampaignId }));
    expect(entries).toEqual([expect.objectContaining({ nominationId: id, displayName: '王家', story: edited, nominatedAs: '由孩子推荐', childName: null, votes: 0, rank: 1 })]);
    expect(JSON.stringify(entries)).not.toContain('王小明');
    expect(JSON.stringify(await county.as('resident')('families', 'nomination', { nominationId: id }))).not.toContain('王小明');
  });

  it("shows the child's name only when the guardian chooses so", async () => {
    const county = await seedCounty(t.db);
    const id = await childNominates(county);
    data(await county.as('guardian')('families', 'consent', { nominationId: id, displayName: '王家', story: STORY, photos: [], showChildName: true }));
    data(await county.as('staff')('families', 'review', { nominationId: id, decision: 'approve' }));
    const [entry] = data<any[]>(await county.as('resident')('families', 'entries', { campaignId: county.familyCampaignId }));
    expect(entry.childName).toBe('王小明');
  });

  it('hides the family again, votes and all, when the guardian withdraws consent', async () => {
    const county = await seedCounty(t.db);
    const id = await approvedFamily(county);
    await setPhase(t.db, county.familyCampaignId, 'voting');
    data(await county.as('captain')('families', 'vote', { nominationId: id }));
    const withdrawn = data<any>(await county.as('guardian')('families', 'withdrawConsent', { nominationId: id }));
    expect(withdrawn.status).toBe('withdrawn');
    expect(data<any[]>(await county.as('resident')('families', 'entries', { campaignId: county.familyCampaignId }))).toEqual([]);
    for (const person of ['resident', 'staff', 'admin'] as const) {
      expect(errorCode(await county.as(person)('families', 'nomination', { nominationId: id }))).toBe('NOT_FOUND');
    }
    expect(errorCode(await county.as('shopkeeper')('families', 'vote', { nominationId: id }))).toBe('NOT_FOUND');
    // Still theirs to see.
    expect(data<any>(await county.as('minor')('families', 'nomination', { nominationId: id })).status).toBe('withdrawn');
  });

  it('lets only a guardian living with the child consent', async () => {
    const county = await seedCounty(t.db);
    const id = await childNominates(county);
    const view = { nominationId: id, displayName: '王家', story: STORY, photos: [], showChildName: false };
    expect(errorCode(await county.as('minor')('families', 'consent', view))).toBe('FORBIDDEN');
    for (const person of ['staff', 'captain', 'admin'] as const) {
      expect(errorCode(await county.as(person)('families', 'consent', view))).toBe('NOT_FOUND');
    }
    // The guardian moves out: no longer the household's to decide.
    await t.db.updateTable('householdRequests').set({ status: 'left', endedAt: new Date() }).where('userId', '=', county.people.guardian.userId).where('status', '=', 'approved').execute();
    expect(errorCode(await county.as('guardian')('families', 'consent', view))).toBe('NOT_FOUND');
    expect(data<any>(await county.as('minor')('families', 'nomination', { nominationId: id })).status).toBe('awaiting_consent');
  });
});

describe('nominating families', () => {
  it("sends an adult's own family straight to review, and a neighbour's to that household first", async () => {
    const county = await seedCounty(t.db);
    const own = data<any>(await county.as('captain')('families', 'nominate', { campaignId: county.familyCampaignId, displayName: '李家', story: STORY, photos: [] }));
    expect(own.status).toBe('submitted');
    const guardianHome = county.households['幸福里社区/1号楼/1单元/301'];
    const neighbour = data<any>(
      await county.as('staff')('families', 'nominate', { campaignId: county.familyCampaignId, householdId: guardianHome, displayName: '王家', story: STORY, photos: [] }),
    );
    expect(neighbour.status).toBe('awaiting_consent');
    expect(errorCode(await county.as('staff')('families', 'review', { nominationId: neighbour.nominationId, decision: 'approve' }))).toBe('NOT_FOUND');
    const requests = data<any[]>(await county.as('guardian')('families', 'consentRequests', {}));
    expect(requests.map((r) => r.id)).toEqual([neighbour.nominationId]);
    // The household's adults are asked in their inbox; its child is not.
    expect(data<any[]>(await county.as('guardian')('inbox', 'list', {}))[0].title).toBe('邻居推荐了你们家参加文明家庭评选');
    expect(data<any[]>(await county.as('minor')('inbox', 'list', {}))).toEqual([]);
    data(await county.as('guardian')('families', 'consent', { nominationId: neighbour.nominationId, displayName: '王家', story: STORY, photos: [], showChildName: false }));
    expect(data<any>(await county.as('staff')('families', 'nomination', { nominationId: neighbour.nominationId })).status).toBe('submitted');
  });

  it('refuses a second live nomination of the same household, and nominations outside the nomination phase', async () => {
    const county = await seedCounty(t.db);
    await childNominates(county);
    const again = await county.as('guardian')('families', 'nominate', { campaignId: county.familyCampaignId, displayName: '王家', story: STORY, photos: [] });
    expect(errorCode(again)).toBe('CONFLICT');
    await setPhase(t.db, county.familyCampaignId, 'voting');
    const late = await county.as('captain')('families', 'nominate', { campaignId: county.familyCampaignId, displayName: '李家', story: STORY, photos: [] });
    expect(errorCode(late)).toBe('CLOSED');
  });

  it('refuses a story shorter than 50 characters, an unbound nominator, and photos that are not the nominator\'s', async () => {
    const county = await seedCounty(t.db);
    const base = { campaignId: county.familyCampaignId, displayName: '李家', photos: [] };
    expect(errorCode(await county.as('captain')('families', 'nominate', { ...base, story: '我们家很好。' }))).toBe('VALIDATION');
    expect(errorCode(await county.as('resident')('families', 'nominate', { ...base, story: STORY }))).toBe('FORBIDDEN');
    const stolen = data<any>(await county.as('guardian')('files', 'upload', { data: (await import('../reports/report-fixtures')).TINY_JPEG })).ref;
    expect(errorCode(await county.as('captain')('families', 'nominate', { ...base, story: STORY, photos: [stolen] }))).toBe('FORBIDDEN');
  });

  it('lets staff review only their community, asking for changes with a reason', async () => {
    const county = await seedCounty(t.db);
    const own = data<any>(await county.as('volunteer')('families', 'nominate', { campaignId: county.familyCampaignId, displayName: '赵家', story: STORY, photos: [] }));
    // 赵志远 lives in 和平社区; 孙丽 is 幸福里社区's.
    expect(errorCode(await county.as('staff')('families', 'review', { nominationId: own.nominationId, decision: 'approve' }))).toBe('NOT_FOUND');
    expect(errorCode(await county.as('admin')('families', 'review', { nominationId: own.nominationId, decision: 'changes' }))).toBe('VALIDATION');
    data(await county.as('admin')('families', 'review', { nominationId: own.nominationId, decision: 'changes', reason: '请补充一张全家福' }));
    const mine = data<any[]>(await county.as('volunteer')('families', 'mine', {}));
    expect(mine[0]).toMatchObject({ status: 'changes_requested', reviewNote: '请补充一张全家福', actions: ['withdrawConsent', 'revise'] });
    data(await county.as('volunteer')('families', 'revise', { nominationId: own.nominationId, displayName: '赵家', story: STORY, photos: [] }));
    expect(data<any[]>(await county.as('volunteer')('families', 'mine', {}))[0].status).toBe('submitted');
  });
});
