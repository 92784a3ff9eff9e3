import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import { deliver } from '../../inbox/facade';
import type { ActivityView } from '../contracts';
import { detailLink } from '../links';
import { managesActivity, organiserRole } from '../permissions';
import { cancelLiveSignups, markCalledOff } from '../repo';
import { loadActivity } from '../rows';
import { activityDetail } from './activity-detail';
import { sentence } from '../../../core/sentence';

/** The organiser calls the activity off before it starts; everyone signed up or waiting is told why. */
export async function callOff(ctx: UseCaseContext, input: { activityId: string; reason: string }): Promise<ActivityView> {
  const { db, actor, now } = ctx;
  const a = await loadActivity(db, actor.countyId, input.activityId, true);
  if (!managesActivity(actor, a)) throw fail.forbidden('只有活动组织者可以取消活动');
  if (a.status === 'cancelled') throw fail.conflict('活动已经取消了');
  if (now.getTime() >= new Date(a.startsAt).getTime()) throw fail.conflict('活动已经开始，不能再取消');
  const people = await cancelLiveSignups(db, a.id, now);
  await markCalledOff(db, a.id);
  await deliver(
    db,
    actor.countyId,
    people.map((p) => ({ userId: p.userId, kind: 'activity', title: `活动取消：${a.title}`, body: `${a.organiserName}取消了这场活动。原因：${sentence(input.reason)}`, link: detailLink(a.id), sourceKey: `activity:${a.id}:called-off` })),
    now,
  );
  await recordAudit(db, actor, { role: organiserRole(actor, a), action: 'activities.callOff', subjectType: 'activity', subjectId: a.id, data: { reason: input.reason, told: people.length }, at: now });
  return activityDetail(ctx, input);
}
