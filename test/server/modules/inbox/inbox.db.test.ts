import { randomUUID } from 'node:crypto';
import { data, errorCode, seedCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { assignedCase, fileReport } from '../reports/report-fixtures';

const t = useTestDatabase();

describe('the inbox', () => {
  it('counts a message read once however often it is opened, and shows the badge going down', async () => {
    const county = await seedCounty(t.db);
    const reportId = await fileReport(county);
    await assignedCase(county, reportId);
    const before = data<any>(await county.as('guardian')('inbox', 'unreadCount', {})).unread;
    expect(before).toBeGreaterThan(0);
    const [message] = data<any[]>(await county.as('guardian')('inbox', 'list', {}));
    expect(message).toMatchObject({ read: false, link: expect.stringContaining(reportId) });
    const reads = await Promise.all(Array.from({ length: 10 }, () => county.as('guardian')('inbox', 'markRead', { messageId: message.id })));
    expect(reads.every((r) => r.ok)).toBe(true);
    expect(data<any>(await county.as('guardian')('inbox', 'unreadCount', {})).unread).toBe(before - 1);
    data(await county.as('guardian')('inbox', 'markAllRead', {}));
    expect(data<any>(await county.as('guardian')('inbox', 'unreadCount', {})).unread).toBe(0);
  });

  it("does not let anyone open or mark someone else's message", async () => {
    const county = await seedCounty(t.db);
    await assignedCase(county, await fileReport(county));
    const [message] = data<any[]>(await county.as('guardian')('inbox', 'list', {}));
    expect(errorCode(await county.as('resident')('inbox', 'markRead', { messageId: message.id }))).toBe('NOT_FOUND');
    expect(data<any[]>(await county.as('resident')('inbox', 'list', {}))).toEqual([]);
    expect(data<any[]>(await county.as('guardian')('inbox', 'list', {}))[0].read).toBe(false);
  });
});

describe('paging the inbox', () => {
  it('pages back without skipping messages that share a time', async () => {
    const county = await seedCounty(t.db);
    const at = new Date();
    const userId = county.people.resident.userId;
    await t.db
      .insertInto('inboxMessages')
      .values(Array.from({ length: 45 }, (_, i) => ({ id: randomUUID(), countyId: county.countyId, userId, kind: 'test', title: `消息${i}`, body: '', link: null, sourceKey: `test:${i}`, createdAt: at })))
      .execute();
    const first = data<any[]>(await county.as('resident')('inbox', 'list', {}));
    const second = data<any[]>(await county.as('resident')('inbox', 'list', { before: first.at(-1).id }));
    expect(first).toHaveLength(30);
    expect(new Set([...first, ...second].map((m) => m.title)).size).toBe(45);
  });
});
