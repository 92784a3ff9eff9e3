/**
 * A server process of its own for the embedded-PostgreSQL tests: starts the
 * embedded server on the folder it is given, writes one committed row, says
 * READY, and waits to be killed (SIGTERM stops the server cleanly first).
 */
import { startEmbeddedPostgres } from '../../server/db/embedded/embedded-postgres';

async function main() {
  const [dataDir, note] = process.argv.slice(2);
  const server = await startEmbeddedPostgres({ dataDir });
  const { Client } = await import('pg');
  const client = new Client({ connectionString: server.url() });
  await client.connect();
  await client.query('create table if not exists notes (body text not null)');
  await client.query('insert into notes (body) values ($1)', [note]);
  await client.end();
  process.on('SIGTERM', () => void server.stop().then(() => process.exit(0)));
  process.stdout.write('READY\n');
  setInterval(() => undefined, 60_000);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
