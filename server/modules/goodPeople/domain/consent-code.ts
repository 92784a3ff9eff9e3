import { randomInt } from 'node:crypto';
import { hashOneTimeCode } from '../../../core/code-hash';
import type { ServerKeys } from '../../../core/server-keys';

/** No 0/O, 1/I/L: a code read aloud over the phone or typed by an elderly nominee. */
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 8;

export function newConsentCode(): string {
  return Array.from({ length: CODE_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
}

/** Only the hash is stored: a database reader cannot consent on someone's behalf. */
export function hashConsentCode(keys: ServerKeys, code: string): string {
  return hashOneTimeCode(keys, code);
}
