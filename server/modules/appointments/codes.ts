import { randomBytes, randomInt } from 'node:crypto';

/** Six digits a person can read out and type (leading zeros kept). */
export function newInvitationCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/** What a shared card or QR carries: 144 random bits, URL-safe. */
export function newInvitationToken(): string {
  return randomBytes(18).toString('base64url');
}

/**
 * The page an invitation opens in the mini-program (the shared card's path, the
 * QR's payload). It names the county too (`c`), as every shared page does, so
 * a newcomer who opens it is never asked to choose a county first.
 */
export function invitationPath(token: string, countyId: string): string {
  return `/features/appointments/pages/accept/index?t=${token}&c=${countyId}`;
}
