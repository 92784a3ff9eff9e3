import { promises as fs } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { IncomingMessage, ServerResponse } from 'node:http';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.map']);

/**
 * Serves the H5 build, gzipped (ARCHITECTURE.md: a third of the bytes), with
 * index.html for every path the router owns.
 */
export function staticHandler(root: string) {
  const cache = new Map<string, { body: Buffer; gzip?: Buffer; type: string }>();
  const resolvedRoot = path.resolve(root);

  async function load(file: string) {
    const hit = cache.get(file);
    if (hit) return hit;
    const body = await fs.readFile(file);
    const ext = path.extname(file).toLowerCase();
    const entry = { body, type: TYPES[ext] ?? 'application/octet-stream', gzip: COMPRESSIBLE.has(ext) ? gzipSync(body) : undefined };
    cache.set(file, entry);
    return entry;
  }

  async function existingFile(urlPath: string): Promise<string | undefined> {
    const decoded = decodeURIComponent(urlPath.split('?')[0]);
    const file = path.resolve(resolvedRoot, '.' + path.posix.normalize('/' + decoded));
    if (!file.startsWith(resolvedRoot)) return undefined;
    try {
      const stat = await fs.stat(file);
      return stat.isFile() ? file : undefined;
    } catch {
      return undefined;
    }
  }

  return async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const urlPath = req.url ?? '/';
    const file = (await existingFile(urlPath)) ?? path.join(resolvedRoot, 'index.html');
    let entry;
    try {
      entry = await load(file);
    } catch {
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' });
      res.end('H5 页面还没有构建：请先运行 npm run build:h5（npm start 会自动构建）');
      return;
    }
    const isIndex = file.endsWith('index.html');
    const headers: Record<string, string> = {
      'content-type': entry.type,
      'cache-control': isIndex ? 'no-cache' : 'public, max-age=31536000, immutable',
      vary: 'accept-encoding',
    };
    const acceptsGzip = /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    if (entry.gzip && acceptsGzip) {
      headers['content-encoding'] = 'gzip';
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : entry.gzip);
      return;
    }
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : entry.body);
  };
}
