import type { IncomingMessage } from 'node:http';

/**
 * Cross-site request forgery: a browser attaches the session cookie to a POST
 * that any other site makes, but it always says where that request came from
 * (Origin, or at least Referer) and cannot send `application/json` across
 * sites without asking first. So a request that rides on the cookie must be
 * JSON and come from a page of this server.
 */

/** Scheme and host this server is reached at; behind a trusted proxy, what the proxy says. */
export function publicOrigin(req: IncomingMessage, trustProxy: boolean): { scheme: 'http' | 'https'; host: string | undefined } {
  const forwardedProto = trustProxy ? firstValue(req.headers['x-forwarded-proto']) : undefined;
  const forwardedHost = trustProxy ? firstValue(req.headers['x-forwarded-host']) : undefined;
  const encrypted = (req.socket as { encrypted?: boolean }).encrypted === true;
  return {
    scheme: forwardedProto === 'https' || encrypted ? 'https' : 'http',
    host: (forwardedHost ?? req.headers.host)?.toLowerCase(),
  };
}

function firstValue(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  return value?.split(',')[0].trim() || undefined;
}

/** host[:port] of a URL; the scheme is left out, as a proxy that ends TLS may not say it (see TRUST_PROXY). */
function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).host.toLowerCase() || undefined;
  } catch {
    return undefined;
  }
}

function isJson(req: IncomingMessage): boolean {
  const type = req.headers['content-type']?.split(';')[0].trim().toLowerCase();
  return type === 'application/json';
}

/** Whether a cookie-carried POST may be served: JSON, from a page of this server (or an origin the county allowed). */
export function isSameOriginJsonPost(req: IncomingMessage, options: { trustProxy: boolean; allowedOrigins: string[] }): boolean {
  if (!isJson(req)) return false;
  const from = hostOf(firstValue(req.headers.origin)) ?? hostOf(firstValue(req.headers.referer));
  if (!from) return false;
  const { host } = publicOrigin(req, options.trustProxy);
  if (host && from === host) return true;
  return options.allowedOrigins.some((allowed) => hostOf(allowed) === from);
}
