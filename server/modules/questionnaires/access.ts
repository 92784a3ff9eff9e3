import type { UseCaseContext } from '../../core/action';
import { fail } from '../../core/errors';
import { currentHome } from '../households/facade';
import type { HouseholdPlace } from '../places/facade';
import { Audience, inAudience, mayManage } from './permissions';
import { buildingCommunity as findBuilding } from '../places/facade';
import { findQuestionnaire, QuestionnaireRow } from './repo';

export interface Access {
  row: QuestionnaireRow;
  audience: Audience;
  home: HouseholdPlace | null;
  inAudience: boolean;
  manages: boolean;
}

const AUDIENCE_WORDS = { county: '全县居民', community: '这个社区的居民', building: '这栋楼的居民' } as const;
const CHILD_WORDS = { county: '全县', community: '这个社区', building: '这栋楼' } as const;

function refusal(minor: boolean, row: QuestionnaireRow): string {
  if (minor) return row.forChildren ? `这份问卷只请${CHILD_WORDS[row.audienceType]}的小朋友填写` : '这份问卷请家里的大人来填写';
  if (row.forChildren) return '这份问卷是给小朋友们填的，请让孩子自己来填写';
  return `这份问卷只请${AUDIENCE_WORDS[row.audienceType]}填写`;
}

/**
 * A questionnaire as the caller may reach it: in their audience (by the home
 * they live in now) or among those they manage. Another county's is not found;
 * one meant for other people is refused with who it is for.
 */
export async function reach(ctx: Pick<UseCaseContext, 'db' | 'actor'>, questionnaireId: string): Promise<Access> {
  const { db, actor } = ctx;
  const row = await findQuestionnaire(db, actor.countyId, questionnaireId);
  if (!row) throw fail.notFound('没有找到这份问卷，可能链接有误');
  let communityId: string | null = null;
  if (row.audienceType === 'community') communityId = row.audienceId;
  if (row.audienceType === 'building') communityId = (await findBuilding(db, actor.countyId, row.audienceId))?.communityId ?? null;
  const audience: Audience = { type: row.audienceType, id: row.audienceId, communityId, forChildren: row.forChildren };
  const home = row.audienceType === 'county' ? null : await currentHome(db, actor.countyId, actor.userId);
  const access = { row, audience, home, inAudience: inAudience(actor, audience, home), manages: mayManage(actor, audience) };
  if (!access.inAudience && !access.manages) {
    throw fail.forbidden(refusal(actor.isMinor, row));
  }
  return access;
}
