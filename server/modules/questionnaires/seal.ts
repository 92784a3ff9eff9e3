import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { developmentKey, secretKey } from '../../core/secret-key';
import { QUESTIONNAIRE_LIMITS as L, type AnswerValue, type Question } from './domain/rules';
import type { ServerKeys } from '../../core/server-keys';

/**
 * The seal on an anonymous answer while it waits for the flush
 * (questionnaire_held_answers). The held row is written in the submitting
 * transaction, so it shares the respondent row's xmin and sits next to it on
 * disk: what it holds must be unreadable to the database. AES-256-GCM under
 * QUESTIONNAIRE_SEAL_KEY, which lives in the functions' environment and never
 * in the database, bound to the questionnaire and the held row's id (a sealed
 * answer copied to another questionnaire or duplicated does not open). The
 * plain text is padded to one length per questionnaire (the most its questions
 * can take), so a held row's size cannot be matched to an answer's size later.
 *
 * Without the variable, only tests, development and the demo (DEMO=1 outside
 * production) seal under the published development key (core/secret-key) —
 * it protects nothing. Anywhere else (the cloud functions, a county's own
 * server) the variable is required: an anonymous submit without it fails
 * rather than keep an answer the database could read.
 */

export interface SealKey {
  /** An HMAC of the key: names it on a held row and says nothing about it. */
  id: string;
  bytes: Buffer;
  development: boolean;
}

const VERSION = 1;
const IV = 12;
const TAG = 16;
const DEVELOPMENT_KEY = developmentKey('questionnaire seal');
const KEY_FORM = '32 bytes: 64 hex characters, or base64';

function keyOf(bytes: Buffer, development: boolean): SealKey {
  return { id: createHmac('sha256', bytes).update('questionnaire-seal key id').digest('hex').slice(0, 16), bytes, development };
}

/** The key from QUESTIONNAIRE_SEAL_KEY (the Runtime's keys): 32 bytes as 64 hex characters or base64. */
export function sealKeyFrom(keys: { questionnaireSeal?: string; development: boolean }): SealKey {
  const key = secretKey({
    name: 'QUESTIONNAIRE_SEAL_KEY', value: keys.questionnaireSeal, minLength: 43, form: KEY_FORM, // 32 bytes in unpadded base64
    purpose: 'questionnaire seal', withoutIt: 'anonymous answers cannot be sealed', development: keys.development,
  });
  if (key.kind === 'development') return keyOf(key.bytes, true);
  const bytes = /^[0-9a-f]{64}$/i.test(key.raw) ? Buffer.from(key.raw, 'hex') : Buffer.from(key.raw, 'base64');
  if (bytes.length !== 32) throw new Error(`QUESTIONNAIRE_SEAL_KEY must be ${KEY_FORM}`);
  return keyOf(bytes, false);
}

const parsed = new Map<string, SealKey>();

/** The key this deployment seals with (parsed once per key). */
export function currentSealKey(keys: ServerKeys): SealKey {
  const cacheKey = `${keys.development}:${keys.questionnaireSeal ?? ''}`;
  let key = parsed.get(cacheKey);
  if (!key) parsed.set(cacheKey, (key = sealKeyFrom(keys)));
  return key;
}

/** The keys the flush may open with: the current one, and the development key (public anyway) for answers held before a key was set. */
export function openingKeys(keys: ServerKeys): SealKey[] {
  const key = currentSealKey(keys);
  return key.development ? [key] : [key, keyOf(DEVELOPMENT_KEY, true)];
}

/**
 * The most bytes a stored answer to these questions can take as JSON (see
 * domain/answers.ts for the shape): every question answered at its longest,
 * six bytes for every character of text (a JSON \u escape is the longest a
 * character gets), so every answer to one questionnaire pads to the same size.
 */
export function paddedLength(questions: readonly Question[]): number {
  let bytes = 2; // {}
  for (const q of questions) {
    bytes += Buffer.byteLength(JSON.stringify(q.id)) + 2; // "q1": and a comma
    if (q.kind === 'single') bytes += 4; // "10"
    else if (q.kind === 'multiple') bytes += 2 + q.options.length * 5; // ["0","1",…]
    else if (q.kind === 'rating') bytes += String(L.ratingMax).length;
    else bytes += 2 + L.textMax * 6;
  }
  return 4 + bytes; // a length prefix
}

const context = (questionnaireId: string, heldId: string) => Buffer.from(`questionnaire:${questionnaireId}/held:${heldId}`);

/**
 * Version 2 keeps, after the padded answers, the community the respondent
 * lived in at the submit, in a slot of one size (a uuid, or nothing): the
 * flush counts it into that community's satisfaction only by fives (see
 * community-ratings.ts), and the answer it writes carries no community.
 * Version 1 (held before communities were kept) opens with none.
 */
const HELD_VERSION = 2;
const COMMUNITY_SLOT = 36;

function encrypt(key: SealKey, version: number, aad: Buffer, plain: Buffer): Buffer {
  const iv = randomBytes(IV);
  const cipher = createCipheriv('aes-256-gcm', key.bytes, iv);
  cipher.setAAD(aad);
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([Buffer.from([version]), iv, cipher.getAuthTag(), body]);
}

/** The plain text and the version it was sealed as, or null when none of the keys opens it. */
function decrypt(keys: readonly SealKey[], keyId: string, aad: Buffer, box: Buffer, versions: readonly number[]): { version: number; plain: Buffer } | null {
  const key = keys.find((k) => k.id === keyId);
  if (!key || box.length < 1 + IV + TAG + 4 || !versions.includes(box[0])) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key.bytes, box.subarray(1, 1 + IV));
    decipher.setAAD(aad);
    decipher.setAuthTag(box.subarray(1 + IV, 1 + IV + TAG));
    return { version: box[0], plain: Buffer.concat([decipher.update(box.subarray(1 + IV + TAG)), decipher.final()]) };
  } catch {
    return null;
  }
}

export function seal(
  key: SealKey,
  where: { questionnaireId: string; heldId: string },
  questions: readonly Question[],
  answers: Record<string, AnswerValue>,
  communityId: string | null = null,
): Buffer {
  const json = Buffer.from(JSON.stringify(answers));
  const size = paddedLength(questions);
  if (json.length + 4 > size) throw new Error('questionnaires: an answer longer than its questions allow cannot be sealed to their length');
  if (communityId !== null && Buffer.byteLength(communityId) !== COMMUNITY_SLOT) throw new Error('questionnaires: a community id is a uuid');
  const plain = Buffer.alloc(size + COMMUNITY_SLOT);
  plain.writeUInt32BE(json.length, 0);
  json.copy(plain, 4);
  if (communityId) plain.write(communityId, size, 'utf8');
  return encrypt(key, HELD_VERSION, context(where.questionnaireId, where.heldId), plain);
}

export interface OpenedAnswer {
  answers: Record<string, AnswerValue>;
  /** Where the respondent lived at the submit (null: nowhere bound, or held before this was kept). */
  communityId: string | null;
}

/** What a held row holds, or null when none of the keys opens it (another key, or tampered with). */
export function openHeld(keys: readonly SealKey[], held: { keyId: string; questionnaireId: string; id: string; sealed: Buffer }): OpenedAnswer | null {
  const opened = decrypt(keys, held.keyId, context(held.questionnaireId, held.id), held.sealed, [VERSION, HELD_VERSION]);
  if (!opened) return null;
  const { plain, version } = opened;
  try {
    const length = plain.readUInt32BE(0);
    const answers = JSON.parse(plain.subarray(4, 4 + length).toString('utf8')) as Record<string, AnswerValue>;
    const slot = version === HELD_VERSION ? plain.subarray(plain.length - COMMUNITY_SLOT).toString('utf8') : '';
    return { answers, communityId: /^[0-9a-f-]{36}$/i.test(slot) ? slot : null };
  } catch {
    return null;
  }
}

/** The answers a held row holds, or null when none of the keys opens it. */
export function openSealed(keys: readonly SealKey[], held: { keyId: string; questionnaireId: string; id: string; sealed: Buffer }): Record<string, AnswerValue> | null {
  return openHeld(keys, held)?.answers ?? null;
}

/** A community's ratings counted at flushes but not yet published (fewer than five answers): sealed like an answer. */
export interface PendingRatings {
  answers: number;
  ratings: number;
  ratingSum: number;
}

const PENDING_VERSION = 1;
const pendingContext = (questionnaireId: string, communityId: string) => Buffer.from(`questionnaire:${questionnaireId}/community-pending:${communityId}`);

export function sealPending(key: SealKey, where: { questionnaireId: string; communityId: string }, pending: PendingRatings): Buffer {
  const plain = Buffer.alloc(12);
  plain.writeUInt32BE(pending.answers, 0);
  plain.writeUInt32BE(pending.ratings, 4);
  plain.writeUInt32BE(pending.ratingSum, 8);
  return encrypt(key, PENDING_VERSION, pendingContext(where.questionnaireId, where.communityId), plain);
}

export function openPending(keys: readonly SealKey[], row: { keyId: string; questionnaireId: string; communityId: string; sealed: Buffer }): PendingRatings | null {
  const opened = decrypt(keys, row.keyId, pendingContext(row.questionnaireId, row.communityId), row.sealed, [PENDING_VERSION]);
  if (!opened || opened.plain.length !== 12) return null;
  const { plain } = opened;
  return { answers: plain.readUInt32BE(0), ratings: plain.readUInt32BE(4), ratingSum: plain.readUInt32BE(8) };
}
