import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import { beijingDay } from '../../../core/clock';
import { newId } from '../../../core/ids';
import type { DB } from '../../../db/schema';
import { answersToRelease, talliesOfStored, tallyOrder } from '../domain/answers';
import { questionnaireState } from '../domain/state';
import { addToTallies, deleteHeld, findQuestionnaire, heldAnswersOf, insertAnonymousAnswers, questionnairesWithHeldAnswers, tryFlushLock } from '../repo';
import { openHeld, openingKeys, type OpenedAnswer, type SealKey } from '../seal';
import { countCommunityRatings } from './count-community-ratings';
import type { ServerKeys } from '../../../core/server-keys';

/**
 * While a questionnaire is open, at least this many of its anonymous answers
 * stay held, and a flush puts answers out only once twice this many wait; so
 * every batch, the last one too, holds at least five answers, and a respondent
 * can be narrowed down to no fewer than five possible answers — by anyone,
 * however they read the database (see answersToRelease). Why not "after a
 * day": a flush of one held answer would name its author to anyone who saw
 * which respondent row came since the flush before. Results therefore lag:
 * the results page says how many answers are still to be counted.
 */
export const HOLD_BACK = 5;

export interface FlushOptions {
  /** Only this county's questionnaires (tests; a county's own server). */
  countyId?: string;
  /** Only this questionnaire. */
  questionnaireId?: string;
  /** Answers kept back while a questionnaire is open (default HOLD_BACK); tests pass 0 to count everything now. */
  keep?: number;
  /** The keys to open sealed answers with (default: the deployment's, from `serverKeys`). */
  keys?: SealKey[];
}

export interface FlushResult {
  /** Answers moved into questionnaire_answers and counted. */
  flushed: number;
  /** Held answers no key opens (sealed under another QUESTIONNAIRE_SEAL_KEY, or altered): they stay held; worth a log line. */
  unopened: number;
}

function shuffle<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** One questionnaire's flush, in its own transaction; nothing in it touches a respondent row. */
async function flushOne(trx: Kysely<DB>, target: { questionnaireId: string; countyId: string }, now: Date, keep: number, keys: SealKey[]): Promise<FlushResult> {
  const { questionnaireId } = target;
  if (!(await tryFlushLock(trx, questionnaireId))) return { flushed: 0, unopened: 0 }; // another flush has it
  const row = await findQuestionnaire(trx, target.countyId, questionnaireId);
  const held = await heldAnswersOf(trx, questionnaireId); // read under the lock: what an earlier flush took is gone
  if (!row || held.length === 0) return { flushed: 0, unopened: 0 };
  const opened: (OpenedAnswer & { id: string })[] = [];
  for (const h of held) {
    const answer = openHeld(keys, h);
    if (answer) opened.push({ id: h.id, ...answer });
  }
  const unopened = held.length - opened.length;
  const release = shuffle(opened).slice(0, answersToRelease(opened.length, questionnaireState(row, now) === 'closed', keep));
  if (release.length === 0) return { flushed: 0, unopened };

  if ((await deleteHeld(trx, release.map((r) => r.id))) !== release.length) throw new Error('questionnaires: held answers changed under a flush');
  // Already in random order: random ids, the flush's day for all of them (a submit day would split the batch by day).
  const day = beijingDay(now);
  await insertAnonymousAnswers(
    trx,
    release.map((r) => ({ id: newId(), countyId: row.countyId, questionnaireId, answers: r.answers, submittedOn: day })),
  );
  const counts = new Map<string, { questionId: string; choice: string; count: number }>();
  for (const r of release) {
    for (const t of talliesOfStored(row.questions, r.answers)) {
      const key = `${t.questionId}\u0000${t.choice}`;
      const c = counts.get(key) ?? { ...t, count: 0 };
      c.count += 1;
      counts.set(key, c);
    }
  }
  await addToTallies(trx, questionnaireId, tallyOrder([...counts.values()]));
  await countCommunityRatings(trx, { questionnaireId, countyId: row.countyId, questions: row.questions, forChildren: row.forChildren, day }, release, keys);
  return { flushed: release.length, unopened };
}

/**
 * The scheduler's pass over anonymous answers held since their submit
 * (questionnaire_held_answers, sealed; see seal.ts). For each questionnaire
 * with enough of them (answersToRelease: twice HOLD_BACK while open, all once
 * closed), one transaction of its own: opens the held answers, picks the batch
 * at random, deletes those held rows and writes the answers in shuffled order
 * under random ids with the day of the flush, and moves the tallies by the
 * batch's sums. So no answer shares a transaction id (xmin), a physical
 * neighbourhood (ctid), a time, an id order or a sequence with the respondent
 * row that was written at its submit; the held row did, but it was sealed, and
 * it is gone.
 *
 * Idempotent, and safe twice at once: each questionnaire is flushed under a
 * transaction-scoped advisory lock that a second pass skips, and what a flush
 * put out is no longer held.
 */
export async function flushHeldAnswers(db: Kysely<DB>, now: Date, serverKeys: ServerKeys, options: FlushOptions = {}): Promise<FlushResult> {
  const keep = options.keep ?? HOLD_BACK;
  let keys = options.keys;
  const result: FlushResult = { flushed: 0, unopened: 0 };
  for (const target of await questionnairesWithHeldAnswers(db, options.countyId, options.questionnaireId)) {
    // most passes find too few held answers to put any out: no transaction for those
    if (answersToRelease(target.held, questionnaireState(target, now) === 'closed', keep) === 0) continue;
    keys ??= openingKeys(serverKeys); // only when there is something to open: without a key in production, submits refuse and nothing is held
    const opening = keys;
    const one = await db.transaction().execute((trx) => flushOne(trx, target, now, keep, opening));
    result.flushed += one.flushed;
    result.unopened += one.unopened;
  }
  return result;
}
