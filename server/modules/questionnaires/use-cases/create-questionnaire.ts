import type { UseCaseContext } from '../../../core/action';
import { isCountyAdmin } from '../../../core/actor';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import { findCommunity } from '../../places/facade';
import type { AudienceType, QuestionKind } from '../contracts';
import type { Question } from '../domain/rules';
import { Audience, mayCreateAny, mayCreateFor } from '../permissions';
import { buildingCommunity } from '../../places/facade';
import { insertQuestionnaire } from '../repo';

interface CreateInput {
  title: string;
  intro: string;
  questions: { kind: QuestionKind; title: string; options: string[]; required: boolean }[];
  audienceType: AudienceType;
  audienceId?: string;
  anonymous: boolean;
  forChildren: boolean;
  opensAt: string;
  closesAt: string;
}

async function resolveAudience({ db, actor }: UseCaseContext, input: CreateInput): Promise<Audience> {
  if (input.audienceType === 'county') {
    if (input.audienceId && input.audienceId !== actor.countyId) throw fail.validation('发给全县时不用选社区或楼栋', [{ field: 'audienceId', message: '发给全县时不用选社区或楼栋' }]);
    return { type: 'county', id: actor.countyId, communityId: null, forChildren: input.forChildren };
  }
  const id = input.audienceId!;
  if (input.audienceType === 'community') {
    const community = await findCommunity(db, actor.countyId, id);
    if (!community) throw fail.validation('没有找到这个社区', [{ field: 'audienceId', message: '没有找到这个社区' }]);
    return { type: 'community', id, communityId: community.id, forChildren: input.forChildren };
  }
  const building = await buildingCommunity(db, actor.countyId, id);
  if (!building) throw fail.validation('没有找到这栋楼', [{ field: 'audienceId', message: '没有找到这栋楼' }]);
  return { type: 'building', id, communityId: building.communityId, forChildren: input.forChildren };
}

/** What others will read of a new questionnaire, by field, for the content check before the transaction. */
export function questionnaireTexts(input: CreateInput): Record<string, string> {
  const texts: Record<string, string> = { title: input.title, intro: input.intro };
  input.questions.forEach((q, i) => {
    texts[`questions.${i}.title`] = q.title;
    q.options.forEach((o, j) => (texts[`questions.${i}.options.${j}`] = o));
  });
  return texts;
}

/**
 * Staff build one for their community or a building in it, the command centre
 * for the county or anywhere; audited. A children's one (小手拉大手, the
 * schema holds it to anonymous and the county or a community) is answered by
 * minors only.
 */
export async function createQuestionnaire(ctx: UseCaseContext, input: CreateInput): Promise<{ questionnaireId: string }> {
  const { db, actor, now } = ctx;
  if (!mayCreateAny(actor)) throw fail.forbidden('只有社区工作人员和创文办可以发起问卷');
  const audience = await resolveAudience(ctx, input);
  if (!mayCreateFor(actor, audience)) {
    throw fail.forbidden(audience.type === 'county' ? '全县的问卷由创文办发起，社区可以发给本社区或本社区的楼栋' : '只能发给您负责的社区或其中的楼栋', [
      { field: 'audienceId', message: '不在您负责的范围内' },
    ]);
  }
  const opensAt = new Date(input.opensAt);
  const closesAt = new Date(input.closesAt);
  if (closesAt.getTime() <= now.getTime()) throw fail.validation('截止时间要晚于现在', [{ field: 'closesAt', message: '截止时间要晚于现在' }]);


  const questions: Question[] = input.questions.map((q, i) => ({
    id: `q${i + 1}`,
    kind: q.kind,
    title: q.title,
    options: q.kind === 'single' || q.kind === 'multiple' ? q.options : [],
    required: q.required,
  }));
  const id = newId();
  await insertQuestionnaire(db, {
    id,
    countyId: actor.countyId,
    title: input.title,
    intro: input.intro,
    questions: JSON.stringify(questions),
    audienceType: audience.type,
    audienceId: audience.id,
    anonymous: input.anonymous,
    forChildren: input.forChildren,
    opensAt,
    closesAt,
    createdBy: actor.userId,
    createdAt: now,
  });
  await recordAudit(db, actor, {
    role: isCountyAdmin(actor) ? 'admin' : 'staff',
    action: 'questionnaire.created',
    subjectType: 'questionnaire',
    subjectId: id,
    data: { title: input.title, audienceType: audience.type, audienceId: audience.id, anonymous: input.anonymous, forChildren: input.forChildren, questions: questions.length, opensAt: input.opensAt, closesAt: input.closesAt },
    at: now,
  });
  return { questionnaireId: id };
}
