import { campaignPhase, datesRefusal } from '../../../../server/modules/families/domain/phases';
import { dedupeKey, voteRefusal } from '../../../../server/modules/families/domain/vote-rules';

const dates = {
  nominationStartsAt: new Date('2026-12-01T00:00:00+08:00'),
  nominationEndsAt: new Date('2026-12-15T00:00:00+08:00'),
  votingStartsAt: new Date('2026-12-16T00:00:00+08:00'),
  votingEndsAt: new Date('2026-12-31T00:00:00+08:00'),
};
const rules = { votesPerDay: 1, repeatSameFamily: false, requireHousehold: true, minorsMayVote: false };

describe('a campaign moves through its phases by its dates alone', () => {
  it.each([
    ['2026-11-30T23:59:59+08:00', 'upcoming'],
    ['2026-12-01T00:00:00+08:00', 'nomination'],
    ['2026-12-15T08:00:00+08:00', 'review'],
    ['2026-12-16T00:00:00+08:00', 'voting'],
    ['2026-12-30T23:59:59+08:00', 'voting'],
    ['2026-12-31T00:00:00+08:00', 'results'],
  ])('at %s it is %s', (at, phase) => {
    expect(campaignPhase(dates, new Date(at))).toBe(phase);
  });

  it('refuses dates out of order, naming the field to fix', () => {
    expect(datesRefusal(dates)).toBeNull();
    expect(datesRefusal({ ...dates, votingStartsAt: new Date('2026-12-10T00:00:00+08:00') })?.field).toBe('votingStartsAt');
    expect(datesRefusal({ ...dates, votingEndsAt: dates.votingStartsAt })?.field).toBe('votingEndsAt');
    expect(datesRefusal({ ...dates, nominationEndsAt: dates.nominationStartsAt })?.field).toBe('nominationEndsAt');
  });
});

describe('who may vote', () => {
  const entry = { householdId: 'h-wang', status: 'approved' };
  const adult = { isMinor: false, householdId: 'h-li' };
  it('allows an adult of another household during voting', () => {
    expect(voteRefusal('voting', rules, adult, entry)).toBeNull();
  });
  it('refuses outside voting, for an entry not approved, a minor, an unbound voter and one\'s own family', () => {
    expect(voteRefusal('review', rules, adult, entry)?.code).toBe('CLOSED');
    expect(voteRefusal('results', rules, adult, entry)?.code).toBe('CLOSED');
    expect(voteRefusal('voting', rules, adult, { ...entry, status: 'withdrawn' })?.code).toBe('CONFLICT');
    expect(voteRefusal('voting', rules, { ...adult, isMinor: true }, entry)?.code).toBe('FORBIDDEN');
    expect(voteRefusal('voting', rules, { ...adult, householdId: null }, entry)?.code).toBe('FORBIDDEN');
    expect(voteRefusal('voting', rules, { ...adult, householdId: 'h-wang' }, entry)?.code).toBe('FORBIDDEN');
  });
  it('lets the campaign admit minors and unbound voters, never a vote for one\'s own family', () => {
    const open = { ...rules, minorsMayVote: true, requireHousehold: false };
    expect(voteRefusal('voting', open, { isMinor: true, householdId: null }, entry)).toBeNull();
    expect(voteRefusal('voting', open, { isMinor: true, householdId: 'h-wang' }, entry)?.code).toBe('FORBIDDEN');
  });
  it('keys a vote by family when repeats are not allowed, by itself when they are', () => {
    expect(dedupeKey({ repeatSameFamily: false }, 'n1', 'v1')).toBe('n1');
    expect(dedupeKey({ repeatSameFamily: true }, 'n1', 'v1')).toBe('v1');
  });
});
