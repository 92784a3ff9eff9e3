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
  return `/${ACCEPT_PAGE}?t=${token}&c=${countyId}`;
}

/** The accept page, as WeChat's 小程序码 names it (no leading slash). */
export const ACCEPT_PAGE = 'features/appointments/pages/accept/index';

/**
 * The 小程序码's scene: `t=` and the token (26 characters of WeChat's ≤ 32),
 * nothing else — no more than the shared link already carries. The county
 * is not in it: the invitation names it when opened.
 */
export function invitationScene(token: string): string {
  return `t=${token}`;
}

/**
 * The token in a scene as the accept page gets it from its launch options
 * (WeChat hands it over URL-encoded: t%3D…), or null. The client keeps a copy
 * (src/features/appointments/scene.ts), held equal by a test.
 */
export function tokenFromScene(scene: string | undefined): string | null {
  if (!scene) return null;
  let text = scene;
  try {
    text = decodeURIComponent(scene);
  } catch {
    return null;
  }
  const match = /^(?:t=)?([A-Za-z0-9_-]{20,30})$/.exec(text.trim());
  return match ? match[1] : null;
}
