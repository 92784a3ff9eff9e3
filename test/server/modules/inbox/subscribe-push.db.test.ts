import type { PushMessage, SubscribeMessenger } from '../../../../server/core/notify/port';
import { pushPending } from '../../../../server/modules/inbox/push-pending';
import { data, errorCode, seedCounty, TestCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { fileReport } from '../reports/report-fixtures';

const t = useTestDatabase();

function recordingMessenger(options: { refuse?: boolean } = {}): SubscribeMessenger & { sent: PushMessage[] } {
  const sent: PushMessage[] = [];
  return {
    sent,
    templates: () => ({ progress: 'tmpl-progress', notice: 'tmpl-notice' }),
    async send(message) {
      if (options.refuse) throw new Error('43101');
      sent.push(message);
    },
  };
}

async function grants(county: TestCounty) {
  return t.db.selectFrom('subscribeGrants').select(['topic', 'remaining']).where('userId', '=', county.people.guardian.userId).orderBy('topic').execute();
}

describe('subscribe messages', () => {
  it('pushes a message once per "allow", even when three timer runs overlap, and leaves the rest in the inbox', async () => {
    const county = await seedCounty(t.db);
    data(await county.as('guardian')('inbox', 'subscribed', { topics: ['progress'] }));
    const reportId = await fileReport(county);
    data(await county.as('staff')('reports', 'accept', { reportId }));
    data(await county.as('staff')('reports', 'assign', { reportId }));
    const messenger = recordingMessenger();
    const runs = await Promise.all([0, 1, 2].map(() => pushPending(t.db, messenger, new Date(), { countyId: county.countyId })));

    const toGuardian = messenger.sent.filter((m) => m.openid === county.people.guardian.openid);
    expect(toGuardian).toHaveLength(1);
    expect(toGuardian[0]).toMatchObject({ topic: 'progress', page: `/features/reports/pages/detail/index?id=${reportId}` });
    expect(runs.reduce((n, r) => n + r.sent, 0)).toBe(messenger.sent.length);
    expect(await grants(county)).toEqual([{ topic: 'progress', remaining: 0 }]);
    const states = await t.db.selectFrom('inboxMessages').select('pushState').where('userId', '=', county.people.guardian.userId).execute();
    expect(states.map((s) => s.pushState).sort()).toEqual(['sent', 'skipped']);
    // Every message is still in the inbox.
    expect(data<any[]>(await county.as('guardian')('inbox', 'list', {}))).toHaveLength(2);
  });

  it('counts each allow, up to 50, and offers only the configured templates', async () => {
    const county = await seedCounty(t.db);
    await Promise.all(Array.from({ length: 3 }, () => county.as('guardian')('inbox', 'subscribed', { topics: ['notice', 'progress', 'notice'] })));
    expect(await grants(county)).toEqual([
      { topic: 'notice', remaining: 3 },
      { topic: 'progress', remaining: 3 },
    ]);
    expect(errorCode(await county.as('guardian')('inbox', 'subscribed', { topics: ['everything'] }))).toBe('VALIDATION');
    // The local server has no messenger: nothing to ask for.
    expect(data(await county.as('guardian')('inbox', 'subscribeTemplates', {}))).toEqual({});
  });

  it('marks a message WeChat refused as failed and never retries it', async () => {
    const county = await seedCounty(t.db);
    data(await county.as('guardian')('inbox', 'subscribed', { topics: ['progress'] }));
    await fileReport(county).then((reportId) => county.as('staff')('reports', 'accept', { reportId }));
    const refusing = recordingMessenger({ refuse: true });
    expect(await pushPending(t.db, refusing, new Date(), { countyId: county.countyId })).toMatchObject({ failed: 1 });
    expect(await pushPending(t.db, recordingMessenger(), new Date(), { countyId: county.countyId })).toEqual({ sent: 0, skipped: 0, failed: 0 });
  });

  it('does not push news older than a day', async () => {
    const county = await seedCounty(t.db);
    data(await county.as('guardian')('inbox', 'subscribed', { topics: ['progress'] }));
    await fileReport(county).then((reportId) => county.as('staff')('reports', 'accept', { reportId }));
    const messenger = recordingMessenger();
    expect(await pushPending(t.db, messenger, new Date(Date.now() + 25 * 3_600_000), { countyId: county.countyId })).toEqual({ sent: 0, skipped: 0, failed: 0 });
    expect(messenger.sent).toEqual([]);
    expect(await grants(county)).toEqual([{ topic: 'progress', remaining: 1 }]);
  });
});
