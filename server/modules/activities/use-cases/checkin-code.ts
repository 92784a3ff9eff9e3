import type { UseCaseContext } from '../../../core/action';
import { iso } from '../../../core/clock';
import { fail } from '../../../core/errors';
import { CheckinCode, CODE_PERIOD_SECONDS } from '../contracts';
import { digitsFor, slotAt, slotEndsAt, tokenFor } from '../domain/checkin-code';
import { codeRefusal } from '../domain/windows';
import { managesActivity } from '../permissions';
import { loadActivity } from '../rows';

/** The code the organiser's phone shows now; it changes every 30 seconds. */
export async function checkinCode(ctx: UseCaseContext, input: { activityId: string }): Promise<CheckinCode> {
  const { db, actor, now } = ctx;
  const a = await loadActivity(db, actor.countyId, input.activityId);
  if (!managesActivity(actor, a)) throw fail.forbidden('只有活动组织者可以出示签到码');
  if (a.status === 'cancelled') throw fail.closed('活动已取消');
  const refusal = codeRefusal({ startsAt: new Date(a.startsAt), endsAt: new Date(a.endsAt) }, now);
  if (refusal) throw fail.closed(refusal === 'too_early' ? '活动开始前30分钟才能出示签到码' : '活动已结束超过2小时，签到码已停用');
  const slot = slotAt(now);
  return { token: tokenFor(a.checkinSecret, a.id, slot), digits: digitsFor(a.checkinSecret, a.id, slot), refreshAt: iso(slotEndsAt(now)), periodSeconds: CODE_PERIOD_SECONDS };
}
