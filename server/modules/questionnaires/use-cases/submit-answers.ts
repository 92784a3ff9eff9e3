import type { UseCaseContext } from '../../../core/action';
import { beijingDay } from '../../../core/clock';
import { fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import type { SubmitResult } from '../contracts';
import { checkAnswers, tallyOrder } from '../domain/answers';
import { questionnaireState } from '../domain/state';
import { reach } from '../access';
import { currentHome } from '../../households/facade';
import { addRespondent, bumpAnswerCount, bumpTallies, holdAnswer, insertAnswer } from '../repo';
import { currentSealKey, seal } from '../seal';

/** Written answers, by field, for the content check before the transaction (which answers are text is settled inside). */
export function textAnswersIn(input: { answers: Record<string, unknown> }): Record<string, string> {
  return Object.fromEntries(Object.entries(input.answers).flatMap(([id, value]) => (typeof value === 'string' ? [[`answers.${id}`, value.trim()]] : [])));
}

export const ALREADY_ANSWERED = '您已经提交过了，感谢参与';

/**
 * One answer per person, inside the dates, from the audience. The respondent
 * row goes in first: of any number of racing submits by one person, one
 * writes, the others get CONFLICT. On a named questionnaire the answer and
 * the tallies are written in the same transaction. On an anonymous one this
 * transaction writes only the respondent row, the answer count and the answer
 * sealed into questionnaire_held_answers (with the respondent's community): everything it writes carries its
 * transaction id (xmin), so nothing readable may be among it. The scheduler's
 * flush (flush-held-answers.ts) later writes the answer, in a batch, under a
 * random id with the flush's day, and moves the tallies. No audit entry.
 */
export async function submitAnswers(ctx: UseCaseContext, input: { questionnaireId: string; answers: Record<string, unknown> }): Promise<SubmitResult> {
  const { db, actor, now } = ctx;
  const access = await reach(ctx, input.questionnaireId);
  const { row, inAudience } = access;
  if (!inAudience) throw fail.forbidden('这份问卷不是发给您的，不用填写');
  const state = questionnaireState(row, now);
  if (state === 'upcoming') throw fail.closed('问卷还没开始，请到时间再来填写');
  if (state === 'closed') throw fail.closed('问卷已经截止了，感谢关注');

  // First the one-answer key: a person who has answered hears so whatever the draft holds (a refused submit rolls it back).
  if (!(await addRespondent(db, row.id, actor.userId))) throw fail.conflict(ALREADY_ANSWERED);
  const checked = checkAnswers(row.questions, input.answers);
  if (!checked.ok) {
    const first = checked.issues[0];
    throw fail.validation(checked.issues.length > 1 ? `还有${checked.issues.length}道题没答好：${first.message}` : first.message, checked.issues);
  }
  // An answer speaks for the community the person lives in now (the monthly assessment's satisfaction per community);
  // an anonymous one only inside its seal, counted by fives at the flush.
  const home = row.audienceType === 'county' ? await currentHome(db, actor.countyId, actor.userId) : access.home;
  if (row.anonymous) {
    const heldId = newId();
    const key = currentSealKey(ctx.keys);
    const sealed = seal(key, { questionnaireId: row.id, heldId }, row.questions, checked.value.stored, home?.communityId ?? null);
    await holdAnswer(db, { id: heldId, countyId: actor.countyId, questionnaireId: row.id, keyId: key.id, sealed });
    return { answerCount: await bumpAnswerCount(db, row.id) };
  }
  await insertAnswer(db, {
    id: newId(),
    countyId: actor.countyId,
    questionnaireId: row.id,
    respondentId: actor.userId,
    communityId: home?.communityId ?? null,
    answers: checked.value.stored,
    submittedOn: beijingDay(now),
  });
  await bumpTallies(db, row.id, tallyOrder(checked.value.tallies));
  return { answerCount: await bumpAnswerCount(db, row.id) };
}
