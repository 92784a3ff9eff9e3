import { ANSWERED, QUESTIONNAIRE_LIMITS as L, type AnswerValue, type Question } from './rules';

/**
 * How an answer is kept (questionnaire_answers.answers, one value per answered
 * question) — the same keys the tallies count:
 *   single   → the chosen option's index as a string ("2")
 *   multiple → the chosen indexes as strings, ascending (["0","2"])
 *   rating   → the number 1–5
 *   text     → the trimmed text
 * A question left out was not answered (only optional ones may be).
 */
export interface CheckedAnswers {
  stored: Record<string, AnswerValue>;
  /** (question, choice) counters to move by one: each chosen option or rating, and ANSWERED for every answered question. */
  tallies: { questionId: string; choice: string }[];
  /** Text answers others will read, by field name, for the content check. */
  texts: Record<string, string>;
}

export interface AnswerIssue {
  field: string;
  message: string;
}

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);
const isIndex = (v: unknown, count: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < count;
const chars = (s: string) => Array.from(s).length;

/**
 * Checks a person's answers against the questionnaire: every required question
 * answered, each value valid for its kind, no question that does not exist.
 * Returns what to store and count, or every problem, each naming its field
 * (`answers.<questionId>`).
 */
export function checkAnswers(questions: readonly Question[], answers: Record<string, unknown>): { ok: true; value: CheckedAnswers } | { ok: false; issues: AnswerIssue[] } {
  const issues: AnswerIssue[] = [];
  const known = new Set(questions.map((q) => q.id));
  for (const id of Object.keys(answers)) {
    if (!known.has(id)) issues.push({ field: `answers.${id}`, message: '问卷里没有这道题，请刷新后再填' });
  }
  const value: CheckedAnswers = { stored: {}, tallies: [], texts: {} };
  questions.forEach((q, i) => {
    const field = `answers.${q.id}`;
    const raw = Object.prototype.hasOwnProperty.call(answers, q.id) ? answers[q.id] : undefined;
    if (isBlank(raw)) {
      if (q.required) issues.push({ field, message: `第${i + 1}题必须回答` });
      return;
    }
    switch (q.kind) {
      case 'single': {
        if (!isIndex(raw, q.options.length)) return void issues.push({ field, message: `第${i + 1}题的选项不对，请重新选择` });
        value.stored[q.id] = String(raw);
        value.tallies.push({ questionId: q.id, choice: String(raw) });
        break;
      }
      case 'multiple': {
        if (!Array.isArray(raw) || !raw.every((v) => isIndex(v, q.options.length))) return void issues.push({ field, message: `第${i + 1}题的选项不对，请重新选择` });
        if (new Set(raw).size !== raw.length) return void issues.push({ field, message: `第${i + 1}题同一个选项只能选一次` });
        const chosen = [...(raw as number[])].sort((a, b) => a - b).map(String);
        value.stored[q.id] = chosen;
        for (const choice of chosen) value.tallies.push({ questionId: q.id, choice });
        break;
      }
      case 'rating': {
        if (typeof raw !== 'number' || !Number.isInteger(raw) || raw < L.ratingMin || raw > L.ratingMax) {
          return void issues.push({ field, message: `第${i + 1}题请打${L.ratingMin}到${L.ratingMax}分` });
        }
        value.stored[q.id] = raw;
        value.tallies.push({ questionId: q.id, choice: String(raw) });
        break;
      }
      case 'text': {
        if (typeof raw !== 'string') return void issues.push({ field, message: `第${i + 1}题请填写文字` });
        const text = raw.trim();
        if (chars(text) > L.textMax) return void issues.push({ field, message: `第${i + 1}题不能超过${L.textMax}个字` });
        value.stored[q.id] = text;
        value.texts[field] = text;
        break;
      }
    }
    value.tallies.push({ questionId: q.id, choice: ANSWERED });
  });
  return issues.length ? { ok: false, issues } : { ok: true, value };
}

/** Counters in one fixed order, so that concurrent submits lock the same rows in the same order (no deadlock). */
export function tallyOrder<T extends { questionId: string; choice: string }>(tallies: readonly T[]): T[] {
  return [...tallies].sort((a, b) => (a.questionId === b.questionId ? (a.choice < b.choice ? -1 : a.choice > b.choice ? 1 : 0) : a.questionId < b.questionId ? -1 : 1));
}

/** The (question, choice) counters a stored answer moves: what checkAnswers listed when it was checked, from the stored form. */
export function talliesOfStored(questions: readonly Question[], stored: Record<string, AnswerValue>): CheckedAnswers['tallies'] {
  const tallies: CheckedAnswers['tallies'] = [];
  for (const q of questions) {
    const value = stored[q.id];
    if (value === undefined) continue;
    if (q.kind === 'multiple') for (const choice of value as string[]) tallies.push({ questionId: q.id, choice });
    else if (q.kind !== 'text') tallies.push({ questionId: q.id, choice: String(value) });
    tallies.push({ questionId: q.id, choice: ANSWERED });
  }
  return tallies;
}

/**
 * How many anonymous answers one flush may put out (see
 * use-cases/flush-held-answers.ts). While the questionnaire is open, `keep`
 * answers always stay held, and nothing goes out until twice that many wait:
 * every batch then holds at least `keep` answers, and so does the last one,
 * which goes out whole once the questionnaire has closed. Only a
 * questionnaire with fewer answers than that in all ends with a smaller batch
 * — its results alone would show as much.
 */
export function answersToRelease(held: number, closed: boolean, keep: number): number {
  if (held <= 0) return 0;
  if (closed) return held;
  return held >= 2 * keep ? held - keep : 0;
}
