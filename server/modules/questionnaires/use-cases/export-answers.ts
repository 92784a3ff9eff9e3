import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { toCsv } from '../../../core/csv';
import type { AnswerValue, Question } from '../domain/rules';
import { reach } from '../access';
import { seesNames } from '../permissions';
import { withUserNames } from '../../identity/facade';
import { answersForExport } from '../repo';
import { NOT_YOURS } from './questionnaire-results';

/** One answer as a spreadsheet cell: the option's words, several joined with "；", the rating's number, the text. */
function cell(q: Question, value: AnswerValue | undefined): string | number {
  if (value === undefined) return '';
  switch (q.kind) {
    case 'single':
      return q.options[Number(value)] ?? '';
    case 'multiple':
      return (Array.isArray(value) ? value : []).map((i) => q.options[Number(i)] ?? '').join('；');
    case 'rating':
      return Number(value);
    case 'text':
      return String(value);
  }
}

/**
 * Every answer as a CSV Excel opens (UTF-8 with BOM): one row per answer, a
 * column per question; on a named questionnaire, for its own scope, the
 * respondent's name; on an anonymous one no column that could point at anyone,
 * and the day is the day the answer was counted (flushed), not sent.
 */
export async function exportAnswers(ctx: UseCaseContext, input: { questionnaireId: string }): Promise<{ filename: string; csv: string }> {
  const access = await reach(ctx, input.questionnaireId);
  if (!access.manages) throw fail.forbidden(NOT_YOURS);
  const { row } = access;
  const withNames = seesNames(ctx.actor, access.audience, row.anonymous);
  // Names are asked of identity only where they may be seen (withNames: respondents are null otherwise).
  const answers = await withUserNames(ctx.db, await answersForExport(ctx.db, row.id, withNames), (a) => (withNames ? a.respondentId : null), 'name');
  const header = ['序号', row.anonymous ? '计入日期' : '提交日期', ...(withNames ? ['填写人'] : []), ...row.questions.map((q, i) => `${i + 1}. ${q.title}`)];
  const lines = answers.map((a, n) => [n + 1, a.day, ...(withNames ? [a.name ?? ''] : []), ...row.questions.map((q) => cell(q, a.answers[q.id]))]);
  const safeTitle = row.title.replace(/[\\/:*?"<>|\s]+/g, '');
  return { filename: `${safeTitle}-答卷.csv`, csv: toCsv([header, ...lines]) };
}
