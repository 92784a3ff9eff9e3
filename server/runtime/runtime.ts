import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { Clock } from '../core/clock';
import type { ContentSafety } from '../core/content-safety/port';
import type { FileStore } from '../core/files/port';
import type { SubscribeMessenger } from '../core/notify/port';
import type { PhoneNumbers } from '../core/phone-numbers/port';
import type { MiniProgramCodes } from '../core/mini-program-codes/port';
import type { ServerKeys } from '../core/server-keys';
import type { SchemaGate } from '../db/schema-version';

/** What every entry point (cloud function, local server, tests) gives the dispatcher. */
export interface Runtime {
  db: Kysely<DB>;
  clock: Clock;
  /** WeChat's msgSecCheck in the cloud functions; the local word filter elsewhere. */
  contentSafety: ContentSafety;
  /** WeChat cloud storage in the cloud functions; a folder in the local server; memory in tests. */
  files: FileStore;
  /** WeChat subscribe messages in the cloud functions; absent in the local server, whose messages stay in the inbox. */
  messenger?: SubscribeMessenger;
  /** WeChat's phone-number exchange in the cloud functions; absent elsewhere (the number is typed by hand). */
  phoneNumbers?: PhoneNumbers;
  /** WeChat's 小程序码 in the cloud functions; absent elsewhere (the H5 app shows a QR of the path). */
  miniProgramCodes?: MiniProgramCodes;
  /** The deployment's secret keys (server/runtime/server-keys.ts); left out, they are read from the environment. */
  keys?: ServerKeys;
  /**
   * The county a first-time WeChat caller joins. Unset in the local server,
   * where people only exist once seeded or signed in.
   */
  countyIdForNewUsers?: string;
  log?: (message: string, error?: unknown) => void;
  /** Refuses calls while the database is older than this code (cloud functions, the local server); tests leave it out. */
  schema?: SchemaGate;
}
