/** Where a questionnaire stands at `now`: answers are taken only while it is open (opens_at ≤ now < closes_at). */
export type QuestionnaireState = 'upcoming' | 'open' | 'closed';

export function questionnaireState(q: { opensAt: Date; closesAt: Date }, now: Date): QuestionnaireState {
  if (now.getTime() < q.opensAt.getTime()) return 'upcoming';
  if (now.getTime() >= q.closesAt.getTime()) return 'closed';
  return 'open';
}

/** Open first (closing soonest first), then upcoming (opening soonest first), then closed (most recently closed first). */
export function byState<T extends { opensAt: Date; closesAt: Date }>(list: readonly T[], now: Date): T[] {
  const rank = { open: 0, upcoming: 1, closed: 2 } as const;
  const key = (q: T) => {
    const state = questionnaireState(q, now);
    if (state === 'open') return q.closesAt.getTime();
    if (state === 'upcoming') return q.opensAt.getTime();
    return -q.closesAt.getTime();
  };
  return [...list].sort((a, b) => rank[questionnaireState(a, now)] - rank[questionnaireState(b, now)] || key(a) - key(b));
}
