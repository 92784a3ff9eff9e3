import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Thirty days: a demo session, not a credential to keep. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 3600;

/** Who a valid token speaks for, and what sign-out needs to revoke it. */
export interface Session {
  openid: string;
  /** Random per sign-in: sign-out revokes this session, not the person's others. */
  id: string;
  expiresAt: Date;
}

/**
 * A session is the caller's openid, a random id and the time it was issued,
 * signed by the server: nothing a client can forge, and nothing that lives for
 * ever. Signing out adds the id to the revocation list (session-revocations.ts).
 */
export function signSession(openid: string, secret: string, issuedAt: Date = new Date()): string {
  const claims = { o: openid, t: Math.floor(issuedAt.getTime() / 1000), j: randomBytes(16).toString('base64url') };
  const payload = Buffer.from(JSON.stringify(claims), 'utf8').toString('base64url');
  const mac = createHmac('sha256', secret).update(payload).digest('base64url');
  return `${payload}.${mac}`;
}

/** The session a token carries, if its signature holds and it has not expired (revocation is checked apart). */
export function verifySession(token: string | undefined, secret: string, now: Date = new Date()): Session | undefined {
  if (!token) return undefined;
  const [payload, mac] = token.split('.');
  if (!payload || !mac) return undefined;
  const expected = createHmac('sha256', secret).update(payload).digest();
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    const { o, t, j } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { o?: unknown; t?: unknown; j?: unknown };
    if (typeof o !== 'string' || typeof t !== 'number' || typeof j !== 'string' || j.length < 16) return undefined;
    const age = now.getTime() / 1000 - t;
    if (age < 0 || age > SESSION_MAX_AGE_SECONDS) return undefined;
    return { openid: o, id: j, expiresAt: new Date((t + SESSION_MAX_AGE_SECONDS) * 1000) };
  } catch {
    return undefined;
  }
}

export const SESSION_COOKIE = 'ct_session';

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) {
      try {
        return decodeURIComponent(rest.join('='));
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
