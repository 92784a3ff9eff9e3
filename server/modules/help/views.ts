import { iso } from '../../core/clock';
import type { Actor } from '../../core/actor';
import { maskName } from '../../core/mask';
import { HELP_KIND_LABELS, HELP_STATE_LABELS, type HelpKind, type HelpRequestView } from './contracts';
import { allowed, type RequestFacts, sideOf } from './domain/rules';
import { callerFor } from './permissions';
import type { HelpRow } from './repo';

/** A request as this caller sees it: names in full only to the two sides and the community's staff. */
export function requestView(r: HelpRow, actor: Actor, distance: number | null = null): HelpRequestView {
  const caller = callerFor(actor, r.communityId);
  const facts: RequestFacts = { state: r.state, requesterId: r.requesterId, postedBy: r.postedBy, communityId: r.communityId, helperId: r.helperId, requesterConfirmed: r.requesterConfirmedAt !== null, helperConfirmed: r.helperConfirmedAt !== null, cancelAsked: r.cancelAskedAt !== null };
  const role = sideOf(facts, caller);
  const close = role !== 'volunteer' && role !== 'other';
  return {
    id: r.id,
    kind: r.kind as HelpKind,
    kindLabel: HELP_KIND_LABELS[r.kind as HelpKind] ?? '互助',
    details: r.details,
    place: r.place,
    communityId: r.communityId,
    communityName: r.communityName,
    startsAt: iso(r.startsAt),
    minutes: r.minutes,
    points: r.points,
    state: r.state,
    stateLabel: HELP_STATE_LABELS[r.state],
    requesterName: close ? r.requesterName : maskName(r.requesterName),
    helperName: r.helperName === null ? null : close ? r.helperName : maskName(r.helperName),
    distance,
    createdAt: iso(r.createdAt),
    acceptedAt: r.acceptedAt ? iso(r.acceptedAt) : null,
    requesterConfirmed: facts.requesterConfirmed,
    helperConfirmed: facts.helperConfirmed,
    disputeReason: close ? r.disputeReason : null,
    resolution: r.resolution,
    resolveReason: close ? r.resolveReason : null,
    cancelAsked: r.state === 'accepted' && facts.cancelAsked,
    cancelReason: close && r.state === 'accepted' ? r.cancelReason : null,
    rating: close ? r.rating : null,
    role,
    can: allowed(facts, caller),
  };
}
