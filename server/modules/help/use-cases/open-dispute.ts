import type { Kysely } from 'kysely';
import type { Actor } from '../../../core/actor';
import { recordAudit } from '../../../core/audit';
import type { DB } from '../../../db/schema';
import { postsInCounty } from '../../identity/facade';
import { deliver } from '../../inbox/facade';
import { HELP_KIND_LABELS, type HelpKind } from '../contracts';
import { disputedNotices } from '../notices';
import type { HelpRow } from '../repo';
import { updateRequest } from '../repo';

/** An accepted request goes to its community's staff: the points stay in escrow until they decide. Audited. */
export async function openDispute(db: Kysely<DB>, actor: Actor, r: HelpRow, reason: string, side: 'requester' | 'helper', now: Date): Promise<void> {
  await updateRequest(db, r.id, { state: 'disputed', disputedBy: actor.userId, disputeReason: reason, disputedAt: now });
  await recordAudit(db, actor, { role: side === 'helper' ? 'volunteer' : 'resident', action: 'help.dispute', subjectType: 'help_request', subjectId: r.id, data: { reason, side }, at: now });
  const staff = (await postsInCounty(db, actor.countyId, ['staff'], [r.communityId])).map((p) => p.userId);
  await deliver(db, actor.countyId, disputedNotices(r, HELP_KIND_LABELS[r.kind as HelpKind], actor.userId, reason, [...new Set(staff)]), now);
}
