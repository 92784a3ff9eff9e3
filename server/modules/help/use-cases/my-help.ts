import type { UseCaseContext } from '../../../core/action';
import { personBalance } from '../../points/facade';
import type { MyHelpView } from '../contracts';
import { helperRating, helpHours, requestsAskedBy, requestsHelpedBy } from '../repo';
import { requestView } from '../views';

/** 我的互助: what the caller asked for (or posted for a named person), the help they gave, their 互助时长, the stars they were given, and balance. */
export async function myHelp({ db, actor }: UseCaseContext): Promise<MyHelpView> {
  const [asked, helped, hours, rating, balance] = await Promise.all([
    requestsAskedBy(db, actor.countyId, actor.userId),
    requestsHelpedBy(db, actor.countyId, actor.userId),
    helpHours(db, actor.countyId, actor.userId),
    helperRating(db, actor.countyId, actor.userId),
    personBalance(db, actor.userId),
  ]);
  return { asked: asked.map((r) => requestView(r, actor)), helped: helped.map((r) => requestView(r, actor)), helpMinutes: hours.minutes, ...rating, balance };
}
