import type { HelpState } from '../contracts';

/** The states in which a request holds its points in escrow. */
export const HOLDING_STATES: readonly HelpState[] = ['open', 'accepted', 'disputed'];

export interface RequestFacts {
  state: HelpState;
  requesterId: string | null;
  postedBy: string;
  communityId: string;
  helperId: string | null;
  requesterConfirmed: boolean;
  helperConfirmed: boolean;
  /** The requester asked to cancel after acceptance; the helper has not answered yet. */
  cancelAsked: boolean;
}

export interface Caller {
  userId: string;
  /** Staff of the request's community (or the county's admin). */
  staffHere: boolean;
  volunteer: boolean;
}

export type Side = 'requester' | 'helper' | 'staff' | 'volunteer' | 'other';

/**
 * How the caller stands to a request. The requester side is the requester, or,
 * for a named person without WeChat, the community's staff who act for them.
 */
export function sideOf(r: Pick<RequestFacts, 'requesterId' | 'helperId'>, c: Caller): Side {
  if (r.requesterId !== null && r.requesterId === c.userId) return 'requester';
  if (r.requesterId === null && c.staffHere) return 'requester';
  if (r.helperId !== null && r.helperId === c.userId) return 'helper';
  if (c.staffHere) return 'staff';
  return c.volunteer ? 'volunteer' : 'other';
}

/** What the caller may do with the request now (the pages show these buttons; the use cases refuse the rest). */
export function allowed(r: RequestFacts, c: Caller) {
  const side = sideOf(r, c);
  const party = side === 'requester' || side === 'helper';
  return {
    accept: r.state === 'open' && c.volunteer && side !== 'requester' && r.requesterId !== c.userId,
    confirm: r.state === 'accepted' && ((side === 'requester' && !r.requesterConfirmed) || (side === 'helper' && !r.helperConfirmed)),
    /** Before acceptance: points back at once. After it: an ask the helper answers (not twice, not once the requester confirmed). */
    cancel: side === 'requester' && (r.state === 'open' || (r.state === 'accepted' && !r.cancelAsked && !r.requesterConfirmed)),
    /** The helper agrees to (or declines) the requester's ask to cancel. */
    answerCancel: r.state === 'accepted' && side === 'helper' && r.cancelAsked,
    /** The helper gives the request up before either side said it was done: it waits for another helper. */
    giveUp: r.state === 'accepted' && side === 'helper' && !r.helperConfirmed && !r.requesterConfirmed,
    dispute: r.state === 'accepted' && party,
    resolve: r.state === 'disputed' && c.staffHere,
  };
}
