import type { UseCaseContext } from '../../../core/action';
import { beijingDay } from '../../../core/clock';
import { assertSafe } from '../../../core/content-safety/assert-safe';
import { fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import type { SubmitResult } from '../contracts';
import { checkAnswers, tallyOrder } from '../domain/answers';
import { questionnaireState } from '../domain/state';
import { reach } from '../access';
import { addRespondent, bumpAnswerCount, bumpTallies, insertAnswer } from '../repo';

export const ALREADY_ANSWERED = '您已经提交过了，感谢参与';

/**
 * One answer per person, inside the dates, from the audience. The respondent
 * row goes in first: of any number of racing submits by one person, one
 * writes, the others get CONFLICT. The answer and the tallies are written in
 * the same transaction. On an anonymous questionnaire the answer names nobody
 * and keeps only the Beijing day; the respondent row (who has answered) names
 * no answer, and no audit entry is written, so nothing ties the two together.
 */
export async function submitAnswers(ctx: UseCaseContext, input: { questionnaireId: string; answers: Record<string, unknown> }): Promise<SubmitResult> {
  const { db, actor, now } = ctx;
  const { row, inAudience } = await reach(ctx, input.questionnaireId);
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
  await assertSafe(ctx, checked.value.texts, 'comment');
  await insertAnswer(db, {
    id: newId(),
    countyId: actor.countyId,
    questionnaireId: row.id,
    respondentId: row.anonymous ? null : actor.userId,
    answers: checked.value.stored,
    submittedOn: beijingDay(now),
  });
  await bumpTallies(db, row.id, tallyOrder(checked.value.tallies));
  return { answerCount: await bumpAnswerCount(db, row.id) };
}
