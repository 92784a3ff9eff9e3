/**
 * 工作提醒 (the `work` topic): the command structure's news reaches a working
 * person as a WeChat subscribe message once they allowed it — one row of
 * docs/notifications.md per test, and the scheduler sends each message once
 * even when its runs overlap.
 */
import type { PushMessage, SubscribeMessenger } from '../../../../server/core/notify/port';
import { topicOf } from '../../../../server/core/notify/topics';
import { monthOf } from '../../../../server/modules/assessment/domain/scoring';
import { pushPending } from '../../../../server/modules/inbox/push-pending';
import { escalateOverdue } from '../../../../server/modules/tasks/facade';
import { data, seedCounty, type TestCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { answers, roundWith } from '../inspections/inspection-fixtures';
import { chain, dayFromNow, personTask } from '../tasks/task-fixtures';

const t = useTestDatabase();
jest.setTimeout(60_000);

type Persona = 'inspector' | 'staff' | 'handler' | 'area_lead';

function recordingMessenger(): SubscribeMessenger & { sent: PushMessage[] } {
  const sent: PushMessage[] = [];
  return {
    sent,
    templates: () => ({ progress: 'tmpl-progress', work: 'tmpl-work' }),
    async send(message) {
      sent.push(message);
    },
  };
}

/** What the county's people were told before the test's event is settled first (skipped: nobody allowed anything yet). */
async function settleEarlierNews(county: TestCounty) {
  await pushPending(t.db, recordingMessenger(), new Date(), { countyId: county.countyId });
}

/** The person taps 允许 for 工作提醒 once. */
async function allowWork(county: TestCounty, who: Persona) {
  data(await county.as(who)('inbox', 'subscribed', { topics: ['work'] }));
}

/** Three overlapping scheduler runs; what reached `who`. */
async function pushedTo(county: TestCounty, who: Persona): Promise<PushMessage[]> {
  const messenger = recordingMessenger();
  await Promise.all([0, 1, 2].map(() => pushPending(t.db, messenger, new Date(), { countyId: county.countyId })));
  return messenger.sent.filter((m) => m.openid === county.people[who].openid);
}

describe('工作提醒: the command structure’s news as a subscribe message', () => {
  it('maps 督查暗访, 任务 and 月度考核 news to the work topic', () => {
    expect(['inspection', 'task', 'assessment'].map(topicOf)).toEqual(['work', 'work', 'work']);
  });

  it('a round of 督查暗访 is made: the inspector is sent 新的督查暗访任务 once', async () => {
    const county = await seedCounty(t.db);
    await settleEarlierNews(county);
    await allowWork(county, 'inspector');
    await roundWith(county);
    const sent = await pushedTo(county, 'inspector');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ topic: 'work', title: '新的督查暗访任务', page: '/features/inspections/pages/my-sites/index' });
  });

  it('a 督查通报 is published: staff of the inspected community are sent it once', async () => {
    const county = await seedCounty(t.db);
    const roundId = await roundWith(county, { title: '第一季度暗访' });
    data(await county.as('inspector')('inspections', 'submit', await answers(county, roundId, 0)));
    await settleEarlierNews(county);
    await allowWork(county, 'staff');
    data(await county.as('admin')('inspections', 'publish', { roundId }));
    const sent = await pushedTo(county, 'staff');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ topic: 'work', title: '督查通报：第一季度暗访', page: `/features/inspections/pages/bulletin/index?id=${roundId}` });
  });

  it('a month’s assessment ranking is published: community staff are sent it once', async () => {
    const county = await seedCounty(t.db);
    const roundId = await roundWith(county);
    data(await county.as('inspector')('inspections', 'submit', await answers(county, roundId, 0)));
    data(await county.as('admin')('inspections', 'publish', { roundId }));
    await settleEarlierNews(county);
    await allowWork(county, 'staff');
    data(await county.as('admin')('assessment', 'publish', { month: monthOf(new Date()) }));
    const sent = await pushedTo(county, 'staff');
    expect(sent).toHaveLength(1);
    expect(sent[0].topic).toBe('work');
    expect(sent[0].title).toMatch(/考核排名已发布$/);
  });

  it('the command centre gives a person’s task: the assignee is sent 新任务 once', async () => {
    const county = await seedCounty(t.db);
    const { month } = await chain(county);
    await settleEarlierNews(county);
    await allowWork(county, 'handler');
    const taskId = await personTask(county, month, { title: '南巷清理' });
    const sent = await pushedTo(county, 'handler');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ topic: 'work', title: '新任务：南巷清理' });
    expect(sent[0].page).toContain(taskId);
  });

  it('an overdue task is escalated: the area’s sub-command and the assignee are each sent it once', async () => {
    const county = await seedCounty(t.db);
    // The demo's own overdue task is escalated first, so the test's is the only news.
    await escalateOverdue(county.runtime.db, new Date(), { countyId: county.countyId });
    const { month } = await chain(county, { due: -1 });
    await personTask(county, month, { title: '北巷清理', dueOn: dayFromNow(-1) });
    await settleEarlierNews(county);
    await allowWork(county, 'area_lead');
    await allowWork(county, 'handler');
    await escalateOverdue(county.runtime.db, new Date(), { countyId: county.countyId });
    const messenger = recordingMessenger();
    await Promise.all([0, 1, 2].map(() => pushPending(t.db, messenger, new Date(), { countyId: county.countyId })));
    const to = (who: Persona) => messenger.sent.filter((m) => m.openid === county.people[who].openid).map((m) => [m.topic, m.title]);
    expect(to('area_lead')).toEqual([['work', '逾期任务督办：北巷清理']]);
    expect(to('handler')).toEqual([['work', '任务已逾期：北巷清理']]);
  });
});
