import type { Kysely } from 'kysely';
import type { Actor } from '../../core/actor';
import { isCountyAdmin } from '../../core/actor';
import { iso } from '../../core/clock';
import type { DB } from '../../db/schema';
import type { GoodPersonCard, GoodPersonHistoryEntry, GoodPersonView } from './contracts';
import { categoryName, GOOD_PERSON_STATUS_LABELS } from './domain/categories';
import { eventBy, eventLabel } from './domain/nomination-events';
import { mayReadHistory, mayReview, mayWithdraw, seesPrivate, WITHDRAWABLE } from './permissions';
import { GoodPersonHistoryRow, GoodPersonRow, supportedBy, titlesOf } from './repo';

/** Public cards: story, photos, supports, titles — never the contact. */
export async function toCards(db: Kysely<DB>, actor: Actor, rows: GoodPersonRow[]): Promise<GoodPersonCard[]> {
  const ids = rows.map((r) => r.id);
  const [supported, titles] = await Promise.all([supportedBy(db, actor.userId, ids), titlesOf(db, ids)]);
  return rows.map((r) => ({
    id: r.id,
    category: r.category,
    categoryName: categoryName(r.category),
    nomineeName: r.nomineeName,
    story: r.story,
    photos: r.photos,
    supports: r.supports,
    supported: supported.has(r.id),
    titles: titles.filter((t) => t.goodPersonId === r.id).map((t) => ({ year: t.year, title: t.title })),
  }));
}

export async function toView(db: Kysely<DB>, actor: Actor, row: GoodPersonRow): Promise<GoodPersonView> {
  const [card] = await toCards(db, actor, [row]);
  const privateToo = seesPrivate(actor, row);
  const actions: GoodPersonView['actions'] = [];
  if (row.status === 'awaiting_consent' && mayReview(actor, row)) actions.push('confirmConsent');
  if (row.status === 'submitted' && mayReview(actor, row)) actions.push('review');
  if (row.status === 'changes_requested' && row.nominatedBy === actor.userId) actions.push('revise');
  if (row.status === 'approved' && !card.supported) actions.push('support');
  if (row.status === 'approved' && isCountyAdmin(actor)) actions.push('award');
  if (WITHDRAWABLE.includes(row.status) && mayWithdraw(actor, row)) actions.push('withdraw');
  return {
    ...card,
    status: row.status,
    statusLabel: GOOD_PERSON_STATUS_LABELS[row.status] ?? row.status,
    nomineeContact: privateToo ? row.nomineeContact : null,
    consentVia: privateToo ? row.consentVia : null,
    consentNote: privateToo ? row.consentNote : null,
    reviewNote: privateToo ? row.reviewNote : null,
    createdAt: iso(row.createdAt),
    actions,
    seesHistory: mayReadHistory(actor, row),
  };
}

/** The history as this caller may read it (the use case checked that they may); `community`: the name of the nomination's community. */
export function toHistory(actor: Actor, row: GoodPersonRow, community: string | null, events: GoodPersonHistoryRow[]): GoodPersonHistoryEntry[] {
  const reader = { reviewer: mayReview(actor, row), nominator: row.nominatedBy === actor.userId };
  return events.map((e) => ({
    version: e.version,
    type: e.type,
    label: eventLabel(e),
    at: iso(e.at),
    by: eventBy(e, community, reader),
    decision: e.decision,
    note: e.note,
    award: e.awardYear !== null && e.awardTitle !== null ? { year: e.awardYear, title: e.awardTitle } : null,
    contentHash: e.contentHash,
  }));
}
