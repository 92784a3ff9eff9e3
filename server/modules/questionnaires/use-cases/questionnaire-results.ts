import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import type { QuestionnaireResults, QuestionResult } from '../contracts';
import { ANSWERED, QUESTIONNAIRE_LIMITS as L } from '../domain/rules';
import { reach } from '../access';
import { resultFigures } from '../repo';
import { toCards } from '../views';

export const NOT_YOURS = '只有发起问卷的社区工作人员和创文办可以查看结果';

/**
 * Per question, from the counters (never the answers): option counts, the
 * rating's spread and average, how many answered. An anonymous questionnaire's
 * answers are counted when the scheduler flushes them in batches: `waiting`
 * says how many have come in and are not counted yet, `answerCount` the counted ones.
 */
export async function questionnaireResults(ctx: UseCaseContext, input: { questionnaireId: string }): Promise<QuestionnaireResults> {
  const access = await reach(ctx, input.questionnaireId);
  if (!access.manages) throw fail.forbidden(NOT_YOURS);
  const { row } = access;
  const [card] = await toCards(ctx.db, ctx.actor, [row], ctx.now, access.home);
  const figures = await resultFigures(ctx.db, row.id);
  const counts = new Map<string, number>();
  for (const t of figures.tallies) counts.set(`${t.questionId}\u0000${t.choice}`, t.count);
  const count = (questionId: string, choice: string) => counts.get(`${questionId}\u0000${choice}`) ?? 0;

  const questions: QuestionResult[] = row.questions.map((q) => {
    const answered = count(q.id, ANSWERED);
    let rating: QuestionResult['rating'] = null;
    if (q.kind === 'rating') {
      const spread = Array.from({ length: L.ratingMax - L.ratingMin + 1 }, (_, i) => count(q.id, String(L.ratingMin + i)));
      const total = spread.reduce((s, n) => s + n, 0);
      const sum = spread.reduce((s, n, i) => s + n * (L.ratingMin + i), 0);
      rating = { counts: spread, average: total ? Math.round((sum / total) * 100) / 100 : null };
    }
    return {
      id: q.id,
      kind: q.kind,
      title: q.title,
      required: q.required,
      answered,
      options: q.options.map((text, i) => ({ text, count: count(q.id, String(i)) })),
      rating,
    };
  });
  const answerCount = figures.answered - figures.held;
  // 代填 entries are never held (they are entered, not sealed): the rest of the counted ones are self-answers.
  return { questionnaire: card, answerCount, selfCount: answerCount - row.proxyCount, proxyCount: row.proxyCount, waiting: figures.held, questions };
}
