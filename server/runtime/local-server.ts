import { readFile } from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { fail } from '../core/errors';
import { Envelope, failure } from '../core/result';
import { DEMO_PEOPLE } from '../db/seed/demo-county';
import { findModule } from '../modules';
import { dispatch } from './dispatch';
import type { Runtime } from './runtime';
import { readCookie, SESSION_COOKIE, SESSION_MAX_AGE_SECONDS, signSession, verifySession } from './session';
import { staticHandler } from './static-files';

export interface LocalServerOptions {
  /** Without a content check of its own, the local word filter checks. */
  runtime: Runtime;
  /** Folder of the H5 build; omitted serves the API only. */
  staticDir?: string;
  sessionSecret: string;
  /** NODE_ENV=production: the demo sign-in is refused. */
  production: boolean;
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

/** The session from the cookie (H5) or a bearer token (a mini-program pointed at this server). */
function sessionOpenid(req: IncomingMessage, secret: string): string | undefined {
  const auth = req.headers.authorization;
  const bearer = auth?.startsWith('Bearer ') ? auth.slice(7) : undefined;
  return verifySession(bearer ?? readCookie(req.headers.cookie, SESSION_COOKIE), secret);
}

function cookie(value: string, maxAgeSeconds: number): string {
  return `${SESSION_COOKIE}=${encodeURIComponent(value)}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}`;
}

/**
 * One process for the H5 build and the API: the same handlers as the cloud
 * functions, with the caller taken from a signed session instead of WeChat.
 */
export function createLocalServer(options: LocalServerOptions): http.Server {
  const { runtime, sessionSecret, production } = options;
  const prefix = options.demoOpenidPrefix ?? 'demo:';
  const serveStatic = options.staticDir ? staticHandler(options.staticDir) : undefined;

  async function demo(req: IncomingMessage, res: ServerResponse, route: string) {
    if (production) {
      send(res, failure(fail.forbidden('演示登录只在本地演示环境可用')));
      return;
    }
    if (route === 'people' && req.method === 'GET') {
      send(res, { ok: true, data: { people: DEMO_PEOPLE.map((p) => ({ key: p.key, name: p.name, roleLabel: p.roleLabel, description: p.description })) } });
      return;
    }
    if (route === 'sign-in' && req.method === 'POST') {
      const body = (await readJson(req)) as { key?: unknown };
      const person = DEMO_PEOPLE.find((p) => p.key === body.key);
      if (!person) throw fail.validation('请选择一位演示人物', [{ field: 'key', message: '没有这位演示人物' }]);
      const openid = `${prefix}${person.key}`;
      const user = await runtime.db.selectFrom('users').select('name').where('openid', '=', openid).executeTakeFirst();
      if (!user) throw fail.notFound('演示数据还没有准备好，请重启服务');
      const token = signSession(openid, sessionSecret);
      send(res, { ok: true, data: { name: user.name, token } }, { 'set-cookie': cookie(token, SESSION_MAX_AGE_SECONDS) });
      return;
    }
    if (route === 'sign-out' && req.method === 'POST') {
      send(res, { ok: true, data: {} }, { 'set-cookie': cookie('', 0) });
      return;
    }
    throw fail.unknownAction();
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
      const event = await readJson(req, bodyLimit(module.name));
      send(res, await dispatch(runtime, module, event, { openid: sessionOpenid(req, sessionSecret) }));
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
