import type { UseCaseContext } from '../../../core/action';
import { iso } from '../../../core/clock';
import { fail } from '../../../core/errors';
import { contactsOfUsers } from '../../identity/facade';
import { contactsOf } from '../../volunteers/facade';
import type { RosterRow, RosterView } from '../contracts';
import { managesActivity } from '../permissions';
import { rosterOf } from '../repo';
import { loadActivity } from '../rows';
import { activityDetail } from './activity-detail';

/** Who is coming, who is waiting (in order), who checked in, and the certified hours: organisers only, with real names and phones. */
export async function activityRoster(ctx: UseCaseContext, input: { activityId: string }): Promise<RosterView> {
  const { db, actor } = ctx;
  const a = await loadActivity(db, actor.countyId, input.activityId);
  if (!managesActivity(actor, a)) throw fail.forbidden('只有活动组织者可以查看报名名单');
  const rows = await rosterOf(db, a.id);
  const [contacts, accounts] = await Promise.all([contactsOf(db, rows.map((r) => r.userId)), contactsOfUsers(db, rows.map((r) => r.userId))]);
  const view = (r: (typeof rows)[number]): RosterRow => ({
    signupId: r.id,
    userId: r.userId,
    name: contacts.get(r.userId)?.realName ?? accounts.get(r.userId)?.name ?? '',
    phone: contacts.get(r.userId)?.phone ?? accounts.get(r.userId)?.phone ?? null,
    status: r.status,
    seq: r.seq,
    checkedInAt: r.checkedInAt ? iso(r.checkedInAt) : null,
    checkedOutAt: r.checkedOutAt ? iso(r.checkedOutAt) : null,
    scannedMinutes: r.scannedMinutes,
    certified: r.minutes === null ? null : { minutes: r.minutes, backfilled: r.backfilled!, points: r.points!, reason: r.reason },
  });
  return {
    activity: await activityDetail(ctx, input),
    confirmed: rows.filter((r) => r.status === 'confirmed').map(view),
    waitlisted: rows.filter((r) => r.status === 'waitlisted').map(view),
  };
}
