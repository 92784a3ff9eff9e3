import path from 'node:path';
import { startEmbeddedPostgres } from './embedded/embedded-postgres';

export interface LocalDatabase {
  url: string;
  /** True when this process started the server (and stops it). */
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * The database of the local tools (`npm start`, `npm run migrate`, the bench):
 * the server DATABASE_URL names, or else the embedded PostgreSQL whose files
 * live in `<DATA_DIR>/pg`.
 */
export async function openLocalDatabase(options: { dataDir: string; log?: (message: string) => void; env?: NodeJS.ProcessEnv }): Promise<LocalDatabase> {
  const url = (options.env ?? process.env).DATABASE_URL;
  if (url) return { url, embedded: false, stop: async () => undefined };
  const server = await startEmbeddedPostgres({ dataDir: path.join(options.dataDir, 'pg'), log: options.log });
  return { url: server.url(), embedded: true, stop: server.stop };
}

/** DATA_DIR resolved against the repository root (default `.data`). */
export function dataDirFromEnv(root: string, env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(root, env.DATA_DIR ?? '.data');
}
