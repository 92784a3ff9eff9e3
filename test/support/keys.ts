import type { ServerKeys } from '../../server/core/server-keys';

/** What a test deployment has: no keys of its own, the published development keys allowed. */
export const TEST_KEYS: ServerKeys = { development: true };
