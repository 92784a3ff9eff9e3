import { createHash } from 'node:crypto';

/**
 * The number printed on a 志愿服务记录证明: the same for one person, county and
 * issue day, so a certificate printed twice on a day carries one number, and
 * different for anyone else — 'ZY' + the day + six hex digits of a hash.
 */
export function certificateNumber(countyId: string, userId: string, issuedOn: string): string {
  const digest = createHash('sha256').update(`${countyId}:${userId}:${issuedOn}`).digest('hex');
  return `ZY${issuedOn.replace(/-/g, '')}${digest.slice(0, 6).toUpperCase()}`;
}
