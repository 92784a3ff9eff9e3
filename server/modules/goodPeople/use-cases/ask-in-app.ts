import type { Kysely } from 'kysely';
import type { DB } from '../../../db/schema';
import { guardiansOf, isMinorNow, usersByPhone } from '../../identity/facade';
import { deliver } from '../../inbox/facade';
import { categoryName, type GoodPersonCategory } from '../domain/categories';
import { isMobile, whoToAsk, type PhoneOwner } from '../domain/consent-asks';
import { replaceConsentAsks } from '../repo';

/** The page a consent request in 消息 opens. */
export const CONSENT_REQUEST_LINK = (goodPersonId: string) => `/features/good-people/pages/consent/index?id=${goodPersonId}`;

/**
 * Besides the code (which the nominator always gets, so that their screen
 * never tells whether the number belongs to someone who uses the app), the
 * nominee — or a minor nominee's guardians — are asked in 消息 when the
 * contact is the verified phone of exactly one person of the county. Called
 * when a nomination is made and when a revision after consent asks again
 * (`version`: the nomination's version now, so each request is told once).
 * Answers how many were asked, for the caller's own use only: never to the
 * nominator.
 */
export async function askInApp(
  db: Kysely<DB>,
  g: { countyId: string; id: string; category: GoodPersonCategory; nomineeName: string; nomineeContact: string; nominatedBy: string; version: number },
  now: Date,
): Promise<number> {
  const found = isMobile(g.nomineeContact) ? await usersByPhone(db, g.countyId, g.nomineeContact) : [];
  const owners: PhoneOwner[] = await Promise.all(
    found.map(async (u) => {
      const minor = isMinorNow(u, now);
      return { userId: u.id, isMinor: minor, guardianIds: minor ? (await guardiansOf(db, u.id)).map((x) => x.id) : [] };
    }),
  );
  const asks = whoToAsk(owners, g.category, g.nominatedBy);
  await replaceConsentAsks(db, g.countyId, g.id, asks, now);
  const category = categoryName(g.category);
  await deliver(
    db,
    g.countyId,
    asks.map((a) => ({
      userId: a.userId,
      kind: 'consent',
      title: a.answererRole === 'guardian' ? `有人推荐您的孩子${g.nomineeName}为身边好人（${category}）` : `有人推荐您为身边好人（${category}）`,
      body: '请看看推荐的事迹，由您决定是否公开。同意后社区审核，不同意就不会公开。',
      link: CONSENT_REQUEST_LINK(g.id),
      sourceKey: `good-person:${g.id}:ask:${g.version}`,
    })),
    now,
  );
  return asks.length;
}
