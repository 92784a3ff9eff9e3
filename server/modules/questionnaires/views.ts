import type { Kysely } from 'kysely';
import type { Actor } from '../../core/actor';
import { iso } from '../../core/clock';
import type { DB } from '../../db/schema';
import { currentHome } from '../households/facade';
import { namesOfScopes } from '../places/facade';
import type { QuestionnaireCard, QuestionnaireView } from './contracts';
import { questionnaireState } from './domain/state';
import { Audience, inAudience, mayManage } from './permissions';
import { buildingCommunity as findBuilding, labelledBuildingsOf as buildingsOf } from '../places/facade';
import { answeredAmong, QuestionnaireRow } from './repo';

export function audienceOfRow(row: QuestionnaireRow, buildingCommunity: Map<string, string>): Audience {
  const forChildren = row.forChildren;
  if (row.audienceType === 'county') return { type: 'county', id: row.audienceId, communityId: null, forChildren };
  if (row.audienceType === 'community') return { type: 'community', id: row.audienceId, communityId: row.audienceId, forChildren };
  return { type: 'building', id: row.audienceId, communityId: buildingCommunity.get(row.audienceId) ?? null, forChildren };
}

/** The community of each building audience among these rows. */
export async function buildingCommunities(db: Kysely<DB>, countyId: string, rows: QuestionnaireRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(rows.filter((r) => r.audienceType === 'building').map((r) => r.audienceId))];
  const map = new Map<string, string>();
  if (ids.length === 1) {
    const b = await findBuilding(db, countyId, ids[0]);
    if (b) map.set(b.id, b.communityId);
  } else if (ids.length > 1) {
    for (const b of await buildingsOf(db, countyId, 'all')) if (ids.includes(b.id)) map.set(b.id, b.communityId);
  }
  return map;
}

/** What a row looks like to this caller: state, answered, whether they may answer and manage it. */
export async function toCards(db: Kysely<DB>, actor: Actor, rows: QuestionnaireRow[], now: Date, home?: { communityId: string; buildingId: string } | null): Promise<QuestionnaireCard[]> {
  if (rows.length === 0) return [];
  const place = home === undefined ? await currentHome(db, actor.countyId, actor.userId) : home;
  const [answered, names, communities] = await Promise.all([
    answeredAmong(db, actor.userId, rows.map((r) => r.id)),
    namesOfScopes(db, actor.countyId, [...new Set(rows.map((r) => r.audienceId).filter((id): id is string => Boolean(id)))]),
    buildingCommunities(db, actor.countyId, rows),
  ]);
  return rows.map((row) => {
    const audience = audienceOfRow(row, communities);
    return {
      id: row.id,
      title: row.title,
      intro: row.intro,
      audienceType: row.audienceType,
      audienceName: row.audienceType === 'county' ? '全县' : (names.get(row.audienceId) ?? ''),
      anonymous: row.anonymous,
      forChildren: row.forChildren,
      opensAt: iso(row.opensAt),
      closesAt: iso(row.closesAt),
      state: questionnaireState(row, now),
      questionCount: row.questions.length,
      answerCount: row.answerCount,
      answered: answered.has(row.id),
      inAudience: inAudience(actor, audience, place),
      manages: mayManage(actor, audience),
    };
  });
}

export function toView(card: QuestionnaireCard, row: QuestionnaireRow): QuestionnaireView {
  return { ...card, questions: row.questions.map((q) => ({ id: q.id, kind: q.kind, title: q.title, options: [...q.options], required: q.required })) };
}
