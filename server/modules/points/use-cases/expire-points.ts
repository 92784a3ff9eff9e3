import type { Kysely } from 'kysely';
import { beijingDay } from '../../../core/clock';
import type { DB } from '../../../db/schema';
import { deliver } from '../../inbox/facade';
import { dueToExpire, expiringSoon, NOTICE_DAYS } from '../domain/expiry';
import { transfer } from '../facade';
import { countiesWithBalances, expiryFigures, expiryYears, lockPersonAccount } from '../repo';

const DAY_MS = 86_400_000;
const POINTS_LINK = '/features/volunteers/pages/points/index';

function yearsBefore(now: Date, years: number): Date {
  const d = new Date(now);
  d.setUTCFullYear(d.getUTCFullYear() - years);
  return d;
}

/**
 * The scheduled expiry pass (积分有效期): in each county, each person's points
 * earned more than the policy's years ago and not yet spent go back to the
 * pool, oldest first, as one ledger transfer keyed by the person and the
 * Beijing day (a second pass that day, or two at once, expire nothing more);
 * the person is told. Points that will expire within a month are announced
 * once a month. Each person in a transaction of their own, their account
 * locked first, so a spend at the same moment is counted before or after,
 * never half.
 */
export async function expirePoints(db: Kysely<DB>, now: Date): Promise<{ expired: number; people: number; told: number }> {
  const result = { expired: 0, people: 0, told: 0 };
  const day = beijingDay(now);
  for (const countyId of await countiesWithBalances(db)) {
    const years = await expiryYears(db, countyId);
    const cutoff = yearsBefore(now, years);
    const noticeCutoff = new Date(cutoff.getTime() + NOTICE_DAYS * DAY_MS);
    for (const candidate of await expiryFigures(db, countyId, cutoff, noticeCutoff)) {
      if (candidate.earnedBeforeNotice <= candidate.consumed) continue; // nothing due or soon: no transaction
      await db.transaction().execute(async (trx) => {
        await lockPersonAccount(trx, countyId, candidate.userId);
        const [f] = await expiryFigures(trx, countyId, cutoff, noticeCutoff, candidate.userId);
        if (!f) return;
        const due = dueToExpire(f);
        const expired =
          due > 0 &&
          (await transfer(trx, {
            countyId,
            from: { kind: 'person', userId: f.userId },
            to: { kind: 'pool' },
            amount: due,
            sourceKey: `expiry:${f.userId}:${day}`,
            kind: 'expiry',
            memo: `积分过期（${years}年前获得的积分）`,
            at: now,
          }));
        const gone = expired ? due : 0;
        const soon = expiringSoon(f, gone);
        const notices = [];
        if (gone > 0) {
          notices.push({ userId: f.userId, kind: 'points', title: `${gone}积分已过期`, body: `按县里的规定，积分在获得${years}年后过期，先获得的先过期。您${years}年前获得、还没用完的${gone}积分今天过期了。`, link: POINTS_LINK, sourceKey: `points:expired:${day}` });
        }
        if (soon > 0) {
          notices.push({ userId: f.userId, kind: 'points', title: `${soon}积分将在一个月内过期`, body: `您有${soon}积分是${years}年前获得的，一个月内会过期。可以去积分超市兑换礼品、书籍或服务。`, link: '/features/mall/pages/list/index', sourceKey: `points:expiring:${day.slice(0, 7)}` });
        }
        await deliver(trx, countyId, notices, now);
        if (gone > 0) {
          result.expired += gone;
          result.people += 1;
        }
        result.told += notices.length;
      });
    }
  }
  return result;
}
