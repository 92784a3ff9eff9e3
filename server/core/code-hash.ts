import { createHash } from 'node:crypto';

/**
 * What is stored of a one-time code a person types (a consent code, a child's
 * link code): its sha256, never the code, so a database reader cannot use it.
 * Spaces around it and letter case do not matter.
 */
export function hashOneTimeCode(code: string): string {
  return createHash('sha256').update(code.trim().toUpperCase()).digest('hex');
}
