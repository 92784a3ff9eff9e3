import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { communityScoreTotals } from '../inspections/facade';
import { ratingsByCommunity } from '../questionnaires/facade';
import { communityHandling } from '../reports/facade';
import type { AssessmentPart } from './domain/parts';
import { monthBounds, percent, ratingScore } from './domain/scoring';

export interface SourceQuery {
  db: Kysely<DB>;
  countyId: string;
  /** "YYYY-MM", a Beijing month. */
  month: string;
  now: Date;
}

/** A community's score for one part: 0–100 and what it rests on. A community missing from the map has no data for the part that month. */
export type CommunityScores = Map<string, { score: number; basis: string }>;

/**
 * One part of the assessment: a function giving each community with data a
 * 0–100 score for a month, read through the owning module's facade. A fourth
 * part (task completion) is one more entry of ASSESSMENT_SOURCES (and its key
 * in domain/parts.ts).
 */
export interface AssessmentSource {
  part: AssessmentPart;
  scores(query: SourceQuery): Promise<CommunityScores>;
}

const inspections: AssessmentSource = {
  part: 'inspections',
  async scores({ db, countyId, month }) {
    const { from, to } = monthBounds(month);
    const rows = await communityScoreTotals(db, countyId, from, to);
    return new Map(rows.filter((r) => r.maxScore > 0).map((r) => [r.communityId, { score: percent(r.score, r.maxScore), basis: `暗访${r.inspections}次，得分${r.score}/${r.maxScore}` }]));
  },
};

const reportsOnTime: AssessmentSource = {
  part: 'reportsOnTime',
  async scores({ db, countyId, month, now }) {
    const { from, to } = monthBounds(month);
    const rows = await communityHandling(db, countyId, from, to, now);
    return new Map(rows.filter((r) => r.due > 0).map((r) => [r.communityId, { score: percent(r.onTime, r.due), basis: `到期${r.due}件，按时办结${r.onTime}件` }]));
  },
};

const reportsSatisfaction: AssessmentSource = {
  part: 'reportsSatisfaction',
  async scores({ db, countyId, month, now }) {
    const { from, to } = monthBounds(month);
    const rows = await communityHandling(db, countyId, from, to, now);
    return new Map(
      rows.filter((r) => r.rated > 0).map((r) => [r.communityId, { score: ratingScore(r.ratingSum, r.rated), basis: `${r.rated}位居民评价，平均${(r.ratingSum / r.rated).toFixed(1)}星` }]),
    );
  },
};

const questionnaires: AssessmentSource = {
  part: 'questionnaires',
  async scores({ db, countyId, month }) {
    const { fromDay, toDay } = monthBounds(month);
    const rows = await ratingsByCommunity(db, countyId, fromDay, toDay);
    return new Map(
      rows.filter((r) => r.ratings > 0).map((r) => [r.communityId, { score: ratingScore(r.ratingSum, r.ratings), basis: `${r.answers}份问卷，平均${(r.ratingSum / r.ratings).toFixed(1)}分` }]),
    );
  },
};

/** Every part, in the order the ranking shows them. Task completion (server/modules/tasks) plugs in here. */
export const ASSESSMENT_SOURCES: readonly AssessmentSource[] = [inspections, reportsOnTime, reportsSatisfaction, questionnaires];
