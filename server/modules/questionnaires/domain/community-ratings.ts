import type { AnswerValue, Question } from './rules';

/**
 * An anonymous questionnaire's ratings reach a community's satisfaction only
 * in steps of at least this many answers that rated: the community's published sums
 * never move by one person's answer, however few of its people answered.
 * (The same five the held answers keep back: see flush-held-answers.ts.)
 */
export const MIN_COMMUNITY_ANSWERS = 5;

export interface RatingSums {
  answers: number;
  ratings: number;
  ratingSum: number;
}

const NONE: RatingSums = { answers: 0, ratings: 0, ratingSum: 0 };

/** One answer's ratings: its rating questions answered with a number (as the named answers are counted; an answer that rated nothing counts for none). */
export function ratingSumsOf(questions: readonly Question[], answers: Record<string, AnswerValue>): RatingSums {
  let ratings = 0;
  let ratingSum = 0;
  for (const q of questions) {
    const value = answers[q.id];
    if (q.kind === 'rating' && typeof value === 'number') {
      ratings += 1;
      ratingSum += value;
    }
  }
  return { answers: ratings > 0 ? 1 : 0, ratings, ratingSum };
}

export function addSums(a: RatingSums, b: RatingSums): RatingSums {
  return { answers: a.answers + b.answers, ratings: a.ratings + b.ratings, ratingSum: a.ratingSum + b.ratingSum };
}

/** A batch's sums per community (answers with no community, or that rated nothing, count for none). */
export function sumsByCommunity(questions: readonly Question[], batch: readonly { answers: Record<string, AnswerValue>; communityId: string | null }[]): Map<string, RatingSums> {
  const out = new Map<string, RatingSums>();
  for (const a of batch) {
    const sums = ratingSumsOf(questions, a.answers);
    if (!a.communityId || sums.answers === 0) continue;
    out.set(a.communityId, addSums(out.get(a.communityId) ?? NONE, sums));
  }
  return out;
}

/**
 * What still waits plus what the flush brings: published when it reaches
 * MIN_COMMUNITY_ANSWERS (and nothing waits after), else kept waiting.
 */
export function settleCommunity(waiting: RatingSums | null, added: RatingSums): { publish: RatingSums | null; wait: RatingSums | null } {
  const total = addSums(waiting ?? NONE, added);
  return total.answers >= MIN_COMMUNITY_ANSWERS ? { publish: total, wait: null } : { publish: null, wait: total };
}
