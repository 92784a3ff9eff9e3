import type { ServerKeys } from '../core/server-keys';

/** The keys from the environment; development keys only for tests, development and the demo outside production. */
export function keysFromEnv(env: Record<string, string | undefined> = process.env): ServerKeys {
  const development = env.NODE_ENV === 'test' || env.NODE_ENV === 'development' || (env.DEMO === '1' && env.NODE_ENV !== 'production');
  return { questionnaireSeal: env.QUESTIONNAIRE_SEAL_KEY, mallPickup: env.MALL_PICKUP_KEY, oneTimeCodes: env.ONE_TIME_CODE_KEY, development };
}
