import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fail } from '../core/errors';
import { Envelope, failure } from '../core/result';
import { DEMO_NEWCOMER, DEMO_PEOPLE } from '../db/seed/demo-county';
import { findModule } from '../modules';
import { dispatch } from './dispatch';
import type { Runtime } from './runtime';
import { isSameOriginJsonPost, publicOrigin } from './same-origin';
import { readCookie, Session, SESSION_COOKIE, SESSION_MAX_AGE_SECONDS, signSession, verifySession } from './session';
import { isRevoked, revokeSession } from './session-revocations';
import { staticHandler } from './static-files';

export interface LocalServerOptions {
  /** Without a content check of its own, the local word filter checks. */
  runtime: Runtime;
  /** Folder of the H5 build; omitted serves the API only. */
  staticDir?: string;
  sessionSecret: string;
  /** NODE_ENV=production: the demo sign-in is refused, whatever `demo` says. */
  production: boolean;
  /** DEMO=1 (npm start sets it): the demo people may sign in. Off, the demo sign-in is refused. */
  demo: boolean;
  /**
   * A mini-program pointed at this server (no browser keeps its cookie, and it
   * sends no Origin): the demo sign-in also answers a token it sends back as
   * `Authorization: Bearer`. Off, no token is handed out and none is accepted.
   */
  miniProgramTokens?: boolean;
  /** Behind a reverse proxy: believe its X-Forwarded-Proto/-Host (Secure cookies, the same-origin check). */
  trustProxy?: boolean;
  /** Other origins whose pages may call with the cookie (a development server of the H5 app). */
  allowedOrigins?: string[];
  /** Folder of uploaded photos (served under /files/); omitted serves none. */
  filesDir?: string;
  /** Prefix of the demo people's openids in the seeded county. */
  demoOpenidPrefix?: string;
}

const MAX_BODY_BYTES = 256 * 1024;
/** files.upload carries one photo as base64 (≤ 2 MB of image). */
const MAX_UPLOAD_BODY_BYTES = 3 * 1024 * 1024;
/** An address sheet of a whole county (8 MB) in base64, with room for the rest of the call. */
const MAX_IMPORT_BODY_BYTES = 12 * 1024 * 1024;

/** How much a call to a module may carry, and what to say when it carries more. */
function bodyLimit(module: string): { bytes: number; message: string } {
  if (module === 'files') return { bytes: MAX_UPLOAD_BODY_BYTES, message: '照片太大了，请换一张或重新拍摄' };
  if (module === 'places') return { bytes: MAX_IMPORT_BODY_BYTES, message: '文件太大了（最多 8 MB），请把表格拆开分别导入' };
  return { bytes: MAX_BODY_BYTES, message: '提交的内容太长了，请删减后再试' };
}
const PHOTO_NAME = /^[0-9a-f-]{36}\.(jpg|png|webp)$/;
const PHOTO_TYPES: Record<string, string> = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp' };

const STATUS: Record<string, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  UNKNOWN_ACTION: 404,
  CONFLICT: 409,
  CLOSED: 409,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
};

function send(res: ServerResponse, envelope: Envelope, extraHeaders: Record<string, string> = {}) {
  const status = envelope.ok ? 200 : (STATUS[envelope.error.code] ?? 400);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...extraHeaders });
  res.end(JSON.stringify(envelope));
}

async function readJson(req: IncomingMessage, limit = bodyLimit('')): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit.bytes) throw fail.validation(limit.message);
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw fail.validation('请求格式不对', [{ field: '(request)', message: '不是有效的 JSON' }]);
  }
}

function bearerToken(req: IncomingMessage): string | undefined {
  const auth = req.headers.authorization;
  return auth?.startsWith('Bearer ') ? auth.slice(7).trim() : undefined;
}

/**
 * One process for the H5 build and the API: the same handlers as the cloud
 * functions, with the caller taken from a signed session instead of WeChat.
 */
export function createLocalServer(options: LocalServerOptions): http.Server {
  const { runtime, sessionSecret, production } = options;
  const demoOn = options.demo && !production;
  const tokensOn = options.miniProgramTokens === true;
  const trustProxy = options.trustProxy === true;
  const allowedOrigins = options.allowedOrigins ?? [];
  const prefix = options.demoOpenidPrefix ?? 'demo:';
  const serveStatic = options.staticDir ? staticHandler(options.staticDir) : undefined;

  function cookie(req: IncomingMessage, value: string, maxAgeSeconds: number): string {
    const secure = publicOrigin(req, trustProxy).scheme === 'https' ? '; Secure' : '';
    return `${SESSION_COOKIE}=${encodeURIComponent(value)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure}`;
  }

  /**
   * The caller's session: a bearer token (a mini-program, only where that mode
   * is on) or the cookie (H5), which must come with a same-origin JSON request.
   * Every POST must be JSON, so no other site can send one with a plain form.
   */
  async function session(req: IncomingMessage): Promise<Session | undefined> {
    const type = req.headers['content-type']?.split(';')[0].trim().toLowerCase();
    if (req.method === 'POST' && type !== 'application/json') throw fail.forbidden('请求格式不对（需要 JSON）');
    const bearer = bearerToken(req);
    if (bearer !== undefined) {
      if (!tokensOn) throw fail.unauthenticated('这台服务没有开启小程序登录（LOCAL_MINIPROGRAM_TOKENS=1）');
      return live(verifySession(bearer, sessionSecret));
    }
    const fromCookie = readCookie(req.headers.cookie, SESSION_COOKIE);
    if (fromCookie === undefined || fromCookie === '') return undefined;
    if (req.method === 'POST' && !isSameOriginJsonPost(req, { trustProxy, allowedOrigins })) {
      throw fail.forbidden('请求来源不对，请从文明共建的页面操作');
    }
    return live(verifySession(fromCookie, sessionSecret));
  }

  async function live(found: Session | undefined): Promise<Session | undefined> {
    return found && !(await isRevoked(runtime.db, found)) ? found : undefined;
  }

  /** Sign-out revokes the session itself, so a copy of the token is refused too; it works in any mode. */
  async function signOut(req: IncomingMessage, res: ServerResponse) {
    const current = await session(req);
    if (current) await revokeSession(runtime.db, current);
    send(res, { ok: true, data: {} }, { 'set-cookie': cookie(req, '', 0) });
  }

  async function demo(req: IncomingMessage, res: ServerResponse, route: string) {
    if (route === 'sign-out' && req.method === 'POST') return signOut(req, res);
    if (!demoOn) {
      send(res, failure(fail.forbidden('演示登录只在本地演示环境可用')));
      return;
    }
    await session(req);
    if (route === 'people' && req.method === 'GET') {
      const people = [...DEMO_PEOPLE, DEMO_NEWCOMER].map((p) => ({ key: p.key, name: p.name, roleLabel: p.roleLabel, description: p.description }));
      send(res, { ok: true, data: { people } });
      return;
    }
    if (route === 'sign-in' && req.method === 'POST') {
      const body = (await readJson(req)) as { key?: unknown };
      const signedIn = body.key === DEMO_NEWCOMER.key ? newcomer() : await demoPerson(body.key);
      const token = signSession(signedIn.openid, sessionSecret);
      // The token goes in the body only for a mini-program that asked for that mode; a browser keeps the HttpOnly cookie.
      const data = tokensOn ? { name: signedIn.name, token } : { name: signedIn.name };
      send(res, { ok: true, data }, { 'set-cookie': cookie(req, token, SESSION_MAX_AGE_SECONDS) });
      return;
    }
    throw fail.unknownAction();
  }

  async function demoPerson(key: unknown): Promise<{ openid: string; name: string }> {
    const person = DEMO_PEOPLE.find((p) => p.key === key);
    if (!person) throw fail.validation('请选择一位演示人物', [{ field: 'key', message: '没有这位演示人物' }]);
    const openid = `${prefix}${person.key}`;
    const user = await runtime.db.selectFrom('users').select('name').where('openid', '=', openid).executeTakeFirst();
    if (!user) throw fail.notFound('演示数据还没有准备好，请重启服务');
    return { openid, name: user.name };
  }

  /**
   * A WeChat user the server has never seen, as on a first open: a fresh openid
   * and no account. Where they arrived (an invitation, a county's QR, a shared
   * page) decides their county, exactly as in WeChat.
   */
  function newcomer(): { openid: string; name: string } {
    return { openid: `${prefix}newcomer:${randomUUID()}`, name: DEMO_NEWCOMER.name };
  }

  /** Uploaded photos: names are fresh ids, so a photo never changes and may be cached for good. */
  async function photo(res: ServerResponse, name: string) {
    if (!options.filesDir || !PHOTO_NAME.test(name)) {
      res.writeHead(404).end();
      return;
    }
    try {
      const body = await readFile(path.join(options.filesDir, name));
      res.writeHead(200, {
        'content-type': PHOTO_TYPES[name.split('.')[1]],
        'cache-control': 'public, max-age=31536000, immutable',
        'x-content-type-options': 'nosniff',
      });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'http://local');
    const parts = url.pathname.split('/').filter(Boolean);
    if (parts[0] === 'files' && parts.length === 2 && (req.method === 'GET' || req.method === 'HEAD')) return photo(res, parts[1]);
    if (parts[0] !== 'api') {
      if (serveStatic && (req.method === 'GET' || req.method === 'HEAD')) return serveStatic(req, res);
      res.writeHead(404).end();
      return;
    }
    try {
      if (parts[1] === 'health') {
        // 503 while the database is older than this code, so a load balancer waits for the migration.
        await runtime.schema?.check();
        return send(res, { ok: true, data: { status: 'ok' } });
      }
      if (parts[1] === '_demo') return await demo(req, res, parts[2] ?? '');
      const module = parts.length === 2 ? findModule(parts[1]) : undefined;
      if (!module) throw fail.unknownAction();
      if (req.method !== 'POST') throw fail.validation('请用 POST 调用接口');
      const caller = await session(req);
      const event = await readJson(req, bodyLimit(module.name));
      send(res, await dispatch(runtime, module, event, { openid: caller?.openid }));
    } catch (error) {
      send(res, failure(error));
    }
  }

  return http.createServer((req, res) => {
    handle(req, res).catch((error) => {
      runtime.log?.('local server: unhandled', error);
      if (!res.headersSent) send(res, failure(error));
    });
  });
}
