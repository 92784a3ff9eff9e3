import { createHmac, timingSafeEqual } from 'node:crypto';

/** A session is the caller's openid signed by the server: nothing a client can forge. */
export function signSession(openid: string, secret: string): string {
  const payload = Buffer.from(openid, 'utf8').toString('base64url');
  const mac = createHmac('sha256', secret).update(payload).digest('base64url');
  return `${payload}.${mac}`;
}

export function verifySession(token: string | undefined, secret: string): string | undefined {
  if (!token) return undefined;
  const [payload, mac] = token.split('.');
  if (!payload || !mac) return undefined;
  const expected = createHmac('sha256', secret).update(payload).digest();
  const given = Buffer.from(mac, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
  return Buffer.from(payload, 'base64url').toString('utf8');
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
