import type { Kysely } from 'kysely';
import { beijingDay } from '../../core/clock';
import type { DB } from '../../db/schema';
import { communityScoreTotals } from '../inspections/facade';
import { ratingsByCommunity } from '../questionnaires/facade';
import { listCommunities } from '../places/facade';
import { communityHandling } from '../reports/facade';
import { areaCompletionOf } from '../tasks/facade';
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
 * 0–100 score for a month, read through the owning module's facade. A new
 * part is one more entry of ASSESSMENT_SOURCES (and its key in domain/parts.ts).
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

/**
 * 任务完成: tasks have no community, only an area (片区). A community's figure
 * is its area's: of the people's tasks of the area due that month (and decided:
 * finished, or past the deadline), the share finished by the deadline. Every
 * community of an area shares it, and the basis names the area. An area with
 * no task due that month gives its communities no data for the part.
 */
const tasks: AssessmentSource = {
  part: 'tasks',
  async scores({ db, countyId, month, now }) {
    const { fromDay, toDay } = monthBounds(month);
    const [areas, communities] = await Promise.all([areaCompletionOf(db, countyId, fromDay, toDay, beijingDay(now)), listCommunities(db, countyId)]);
    const byArea = new Map(areas.map((a) => [a.areaId, a]));
    const scores: CommunityScores = new Map();
    for (const c of communities) {
      const area = byArea.get(c.areaId);
      if (area) scores.set(c.id, { score: percent(area.doneOnTime, area.due), basis: `${c.areaName}：到期${area.due}项，按期完成${area.doneOnTime}项` });
    }
    return scores;
  },
};

/** Every part, in the order the ranking shows them (the order of ASSESSMENT_PARTS). */
export const ASSESSMENT_SOURCES: readonly AssessmentSource[] = [inspections, reportsOnTime, reportsSatisfaction, questionnaires, tasks];
