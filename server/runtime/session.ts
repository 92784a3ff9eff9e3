import { createHmac, timingSafeEqual } from 'node:crypto';

/** Thirty days: a demo session, not a credential to keep. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 3600;

/**
 * A session is the caller's openid and the time it was issued, signed by the
 * server: nothing a client can forge, and nothing that lives for ever.
 */
export function signSession(openid: string, secret: string, issuedAt: Date = new Date()): string {
  const payload = Buffer.from(JSON.stringify({ o: openid, t: Math.floor(issuedAt.getTime() / 1000) }), 'utf8').toString('base64url');
  const mac = createHmac('sha256', secret).update(payload).digest('base64url');
  return `${payload}.${mac}`;
}

export function verifySession(token: string | undefined, secret: string, now: Date = new Date()): string | undefined {
  if (!token) return undefined;
  const [payload, mac] = token.split('.');
  if (!payload || !mac) return undefined;
  const expected = createHmac('sha256', secret).update(payload).digest();
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  try {
    const { o, t } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { o?: unknown; t?: unknown };
    if (typeof o !== 'string' || typeof t !== 'number') return undefined;
    const age = now.getTime() / 1000 - t;
    return age >= 0 && age <= SESSION_MAX_AGE_SECONDS ? o : undefined;
  } catch {
    return undefined;
  }
}

export const SESSION_COOKIE = 'ct_session';

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return decodeURIComponent(rest.join('='));
  }
  return undefined;
}
