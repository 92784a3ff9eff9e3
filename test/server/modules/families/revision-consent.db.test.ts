import { data, errorCode, seedCounty, type TestCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { childNominates, STORY } from './family-fixtures';

const t = useTestDatabase();

const HOME = '幸福里社区/1号楼/1单元/301';

/** 孙丽 (a neighbour) nominates 王建国's household; 王建国 agrees; the command centre asks for changes. */
async function neighbourNominationSentBack(county: TestCounty): Promise<string> {
  const { nominationId } = data<any>(
    await county.as('staff')('families', 'nominate', { campaignId: county.familyCampaignId, householdId: county.households[HOME], displayName: '王家', story: STORY, photos: [] }),
  );
  data(await county.as('guardian')('families', 'consent', { nominationId, displayName: '王家', story: STORY, photos: [], showChildName: false }));
  data(await county.as('admin')('families', 'review', { nominationId, decision: 'changes', reason: '请补充一件具体的事' }));
  return nominationId;
}

const steps = async (county: TestCounty, id: string) => data<any[]>(await county.as('admin')('families', 'history', { nominationId: id }));

describe('文明家庭: a revision after consent', () => {
  it('by the neighbour who nominated goes back to the household for consent before review, and says so in the history', async () => {
    const county = await seedCounty(t.db);
    const id = await neighbourNominationSentBack(county);
    const revised = `${STORY}去年冬天王家还帮楼里的独居老人买菜送药。`;
    const view = data<any>(await county.as('staff')('families', 'revise', { nominationId: id, displayName: '王家', story: revised, photos: [] }));
    expect(view).toMatchObject({ status: 'awaiting_consent', statusLabel: '等待被推荐家庭同意', story: revised });
    // Not reviewable until the household agrees to the new text.
    expect(errorCode(await county.as('admin')('families', 'review', { nominationId: id, decision: 'approve' }))).toBe('NOT_FOUND');
    expect(data<any[]>(await county.as('guardian')('inbox', 'list', {}))[0]).toMatchObject({
      kind: 'consent',
      title: '邻居修改了推荐你们家的内容，请再看看',
    });
    expect(data<any[]>(await county.as('guardian')('families', 'consentRequests', {})).map((r) => [r.id, r.actions])).toEqual([[id, ['consent']]]);
    expect(data<any[]>(await county.as('minor')('inbox', 'list', {})).map((m) => m.title)).not.toContain('邻居修改了推荐你们家的内容，请再看看');

    data(await county.as('guardian')('families', 'consent', { nominationId: id, displayName: '王家', story: revised, photos: [], showChildName: false }));
    data(await county.as('admin')('families', 'review', { nominationId: id, decision: 'approve' }));
    const history = await steps(county, id);
    expect(history.map((s) => [s.type, s.label])).toEqual([
      ['submitted', '邻居推荐了这个家庭'],
      ['consent_given', '被推荐家庭同意公开'],
      ['reviewed', '社区请修改'],
      ['revised', '修改后重新提交，请被推荐家庭重新同意'],
      ['consent_given', '被推荐家庭同意公开'],
      ['reviewed', '审核通过，进入投票名单'],
    ]);
    expect(history[4].contentHash).toBe(history[3].contentHash);
  });

  it('by the guardian who consented for the child goes straight back to review: their revision is their consent', async () => {
    const county = await seedCounty(t.db);
    const id = await childNominates(county);
    const view = data<any>(await county.as('guardian')('families', 'nomination', { nominationId: id }));
    data(await county.as('guardian')('families', 'consent', { nominationId: id, displayName: '王家', story: view.story, photos: view.photos, showChildName: false }));
    data(await county.as('staff')('families', 'review', { nominationId: id, decision: 'changes', reason: '请补充一件具体的事' }));
    data(await county.as('guardian')('families', 'revise', { nominationId: id, displayName: '王家', story: `${STORY}再补一句。`, photos: view.photos }));
    expect(data<any>(await county.as('staff')('families', 'nomination', { nominationId: id })).status).toBe('submitted');
    expect((await steps(county, id)).map((s) => s.label)).toContain('修改后重新提交');
  });
});
