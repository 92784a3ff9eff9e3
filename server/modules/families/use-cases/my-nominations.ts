import type { UseCaseContext } from '../../../core/action';
import type { NominationView } from '../contracts';
import { mayConsent } from '../domain/nomination-rules';
import { awaitingConsentIn, nominationsBy } from '../repo';
import { nominationsByIds, type NominationRow } from '../rows';
import { viewerFacts } from '../viewer';
import { mayWithdraw, toNominationView } from '../views';

async function load(ctx: UseCaseContext, ids: { id: string }[]): Promise<NominationRow[]> {
  return nominationsByIds(ctx.db, ctx.actor.countyId, ids.map((r) => r.id));
}

/** What the caller nominated. */
export async function myNominations(ctx: UseCaseContext): Promise<NominationView[]> {
  const viewer = await viewerFacts(ctx.db, ctx.actor);
  return (await load(ctx, await nominationsBy(ctx.db, ctx.actor.countyId, ctx.actor.userId))).map((r) => toNominationView(r, viewer));
}

/** Nominations of the caller's household waiting for their consent, or that they consented to (and may withdraw). */
export async function consentRequests(ctx: UseCaseContext): Promise<NominationView[]> {
  const viewer = await viewerFacts(ctx.db, ctx.actor);
  if (viewer.householdId === null || viewer.isMinor) return [];
  const rows = await load(ctx, await awaitingConsentIn(ctx.db, ctx.actor.countyId, viewer.householdId));
  return rows
    .filter((r) => r.nominatedBy !== viewer.userId && ((r.status === 'awaiting_consent' && mayConsent(r, viewer)) || mayWithdraw(r, viewer)))
    .map((r) => toNominationView(r, viewer));
}
