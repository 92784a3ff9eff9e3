import type { UseCaseContext } from '../../../core/action';
import { iso } from '../../../core/clock';
import { fail } from '../../../core/errors';
import { activitiesWithSpeaker, type ActivityRef } from '../../activities/facade';
import type { GoodPersonEvent, GoodPersonEvents } from '../contracts';
import { seesPrivate } from '../permissions';
import { findGoodPerson } from '../repo';

const view = (a: ActivityRef): GoodPersonEvent => ({ activityId: a.activityId, title: a.title, organiser: a.organiser, placeName: a.placeName, startsAt: iso(a.startsAt), endsAt: iso(a.endsAt) });

/**
 * 参加的活动: where a good person tells their story, for their public page —
 * upcoming first (soonest first), then past (latest first). Someone not
 * shown in public has none to show: only the nominator and the reviewers
 * may ask at all, and they get empty lists.
 */
export async function goodPersonEvents({ db, actor, now }: UseCaseContext, input: { goodPersonId: string }): Promise<GoodPersonEvents> {
  const row = await findGoodPerson(db, actor.countyId, input.goodPersonId);
  if (!row || (row.status !== 'approved' && !seesPrivate(actor, row))) throw fail.notFound('没有找到这位好人');
  if (row.status !== 'approved') return { upcoming: [], past: [] };
  const { upcoming, past } = await activitiesWithSpeaker(db, actor.countyId, row.id, now);
  return { upcoming: upcoming.map(view), past: past.map(view) };
}
