import type { PGlite } from '@electric-sql/pglite';

interface QueryResultLike {
  command: string;
  rowCount: number;
  rows: unknown[];
}

const WRITE_COMMANDS = new Set(['INSERT', 'UPDATE', 'DELETE', 'MERGE']);

function commandOf(sqlText: string): string {
  const first = sqlText.trimStart().split(/\s+/, 1)[0]?.toUpperCase() ?? '';
  return WRITE_COMMANDS.has(first) ? first : 'SELECT';
}

/**
 * PGlite is one connection. Handed to Kysely's PostgresDialect as a pool of one
 * whose connect() waits for the previous release(), so a transaction never
 * interleaves with another (ARCHITECTURE.md: 50 parallel increments ended at 2
 * without this, at 51 with it).
 */
export class PGliteSingleConnectionPool {
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly pg: PGlite) {}

  async connect() {
    let release!: () => void;
    const previous = this.tail;
    this.tail = new Promise<void>((resolve) => {
      release = resolve;
    });
    await previous;
    let released = false;
    return {
      query: async (sqlText: string, params: readonly unknown[] = []): Promise<QueryResultLike> => {
        const result = await this.pg.query(sqlText, params as unknown[]);
        return { command: commandOf(sqlText), rowCount: result.affectedRows ?? 0, rows: result.rows };
      },
      release: () => {
        if (released) return;
        released = true;
        release();
      },
    };
  }

  private ended?: Promise<void>;

  /**
   * Kysely's destroy() skips a pool it never used, which would leave PGlite
   * open and the process alive; owners therefore also end it themselves, so
   * ending twice must be harmless.
   */
  end(): Promise<void> {
    this.ended ??= this.tail.then(() => this.pg.close());
    return this.ended;
  }
}
