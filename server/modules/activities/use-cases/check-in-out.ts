import type { z } from 'zod';
import type { UseCaseContext } from '../../../core/action';
import { iso } from '../../../core/clock';
import { fail } from '../../../core/errors';
import { distanceMetres } from '../../../core/geo';
import { activitiesInputs, CheckResult, NEARBY_CHECKIN_M } from '../contracts';
import { CODE_REFUSAL_MESSAGES, refuseCode } from '../domain/checkin-code';
import { checkInRefusal, checkOutRefusal, scannedMinutes } from '../domain/windows';
import { markCheckedIn, markCheckedOut, openSignupOf, SignupRow } from '../repo';
import { loadActivity } from '../rows';
import { requireConsent } from '../../privacy/facade';

type Input = z.output<typeof activitiesInputs.check>;

function result(direction: Input['direction'], s: Pick<SignupRow, 'checkedInAt' | 'checkedOutAt' | 'scannedMinutes'>): CheckResult {
  return { direction, checkedInAt: iso(s.checkedInAt!), checkedOutAt: s.checkedOutAt ? iso(s.checkedOutAt) : null, scannedMinutes: s.scannedMinutes };
}

/**
 * A confirmed participant checks in or out with the organiser's current code,
 * inside the activity's window and, where asked, within 500 m of the place.
 * The first check-in and the first check-out count; repeating either changes nothing.
 */
export async function checkInOut(ctx: UseCaseContext, input: Input): Promise<CheckResult> {
  const { db, actor, now } = ctx;
  const a = await loadActivity(db, actor.countyId, input.activityId);
  if (a.status === 'cancelled') throw fail.closed('活动已取消');
  const times = { startsAt: new Date(a.startsAt), endsAt: new Date(a.endsAt) };
  const refusal = input.direction === 'in' ? checkInRefusal(times, now) : checkOutRefusal(times, now);
  if (refusal === 'too_early') throw fail.closed(input.direction === 'in' ? '活动开始前30分钟才能签到' : '活动开始后才能签退');
  if (refusal === 'too_late') throw fail.closed(input.direction === 'in' ? '活动已结束，不能再签到' : '已超过签退时间（活动结束后2小时），请联系组织者补录时长');

  const codeRefusal = refuseCode(a.checkinSecret, a.id, input.code, now);
  if (codeRefusal) throw fail.validation(CODE_REFUSAL_MESSAGES[codeRefusal], [{ field: 'code', message: CODE_REFUSAL_MESSAGES[codeRefusal] }]);

  // The phone's precise position comes only with the person's separate consent to it.
  if (input.lat !== undefined) await requireConsent(db, actor.userId, 'precise_location', 'locationConsent');
  if (a.requireNearby) {
    if (input.lat === undefined || input.lng === undefined) throw fail.validation('本活动需要在现场签到，请允许获取您的位置', [{ field: 'location', message: '需要您的位置' }]);
    const away = distanceMetres({ lat: input.lat, lng: input.lng }, { lat: a.lat, lng: a.lng });
    if (away > NEARBY_CHECKIN_M) {
      const message = `您距离活动地点约${Math.round(away)}米，请到现场${NEARBY_CHECKIN_M}米内${input.direction === 'in' ? '签到' : '签退'}`;
      throw fail.validation(message, [{ field: 'location', message }]);
    }
  }

  const signup = await openSignupOf(db, a.id, actor.userId);
  if (!signup) throw fail.forbidden('您没有报名这个活动');
  if (signup.status !== 'confirmed') throw fail.forbidden('您还在候补名单中，轮到您时会收到通知');

  if (input.direction === 'in') {
    const updated = await markCheckedIn(db, signup.id, now);
    return result('in', updated ?? (await openSignupOf(db, a.id, actor.userId))!);
  }
  if (!signup.checkedInAt) throw fail.conflict('您还没有签到，请先签到');
  const minutes = scannedMinutes(times, new Date(signup.checkedInAt), now);
  const updated = await markCheckedOut(db, signup.id, now, minutes);
  return result('out', updated ?? (await openSignupOf(db, a.id, actor.userId))!);
}
