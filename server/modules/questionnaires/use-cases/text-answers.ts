import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { isUuid } from '../../../core/ids';
import type { TextAnswerPage } from '../contracts';
import { reach } from '../access';
import { seesNames } from '../permissions';
import { withUserNames } from '../../identity/facade';
import { textAnswersPage } from '../repo';
import { NOT_YOURS } from './questionnaire-results';

function readCursor(after: string | undefined): { day: string; id: string } | null {
  if (!after) return null;
  const [day, id] = after.split('_');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day ?? '') || !isUuid(id ?? '')) throw fail.validation('翻页参数不对，请刷新后再试', [{ field: 'after', message: '格式不对' }]);
  return { day, id };
}

/** The text answers to one question, a page at a time, newest day first; a name only on a named questionnaire and only to its own scope. */
export async function textAnswers(ctx: UseCaseContext, input: { questionnaireId: string; questionId: string; after?: string; limit: number }): Promise<TextAnswerPage> {
  const access = await reach(ctx, input.questionnaireId);
  if (!access.manages) throw fail.forbidden(NOT_YOURS);
  const question = access.row.questions.find((q) => q.id === input.questionId);
  if (!question || question.kind !== 'text') throw fail.notFound('没有找到这道简答题');
  const withNames = seesNames(ctx.actor, access.audience, access.row.anonymous);
  const rows = await textAnswersPage(ctx.db, access.row.id, question.id, readCursor(input.after), input.limit + 1, withNames);
  // Names are asked of identity only where they may be seen (withNames: respondents are null otherwise).
  const page = await withUserNames(ctx.db, rows.slice(0, input.limit), (r) => (withNames ? r.respondentId : null), 'name');
  const last = page[page.length - 1];
  return {
    items: page.map((r) => ({ text: r.text, day: r.day, name: withNames ? r.name : null })),
    next: rows.length > input.limit && last ? `${last.day}_${last.id}` : null,
  };
}
