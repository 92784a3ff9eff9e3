import { createHmac } from 'node:crypto';
import { secretKey } from './secret-key';
import type { ServerKeys } from './server-keys';

/**
 * What is stored of a one-time code a person types (a good person's consent
 * code, a child's link code): an HMAC under ONE_TIME_CODE_KEY, never the code.
 * A plain hash of six digits or eight letters is undone by trying them all;
 * without the key, which the database never holds, a reader of the database
 * cannot. Spaces around it and letter case do not matter.
 */
export function hashOneTimeCode(keys: Pick<ServerKeys, 'oneTimeCodes' | 'development'>, code: string): string {
  const key = secretKey({
    name: 'ONE_TIME_CODE_KEY', value: keys.oneTimeCodes, minLength: 32,
    purpose: 'one-time codes', withoutIt: 'consent and child-link codes cannot be stored', development: keys.development,
  });
  return createHmac('sha256', key.kind === 'set' ? Buffer.from(key.raw) : key.bytes).update(code.trim().toUpperCase()).digest('hex');
}
