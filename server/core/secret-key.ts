import { createHash } from 'node:crypto';

/**
 * One secret key of the deployment (ServerKeys): the variable's value when it
 * is set, else — only where `development` allows (tests, development, the
 * demo; never production) — a development key derived from `purpose`. That
 * key is written here, so it protects nothing; anywhere else a missing key
 * throws, so that nothing is signed or sealed under a public key.
 */
export type SecretKey = { kind: 'set'; raw: string } | { kind: 'development'; bytes: Buffer };

export interface SecretKeySpec {
  /** The variable's name, for the errors: `MALL_PICKUP_KEY`. */
  name: string;
  /** Its value from the Runtime's keys (trimmed here). */
  value: string | undefined;
  /** The fewest characters a set value may have. */
  minLength: number;
  /** How a value too short is described (default: "at least N characters"). */
  form?: string;
  /** Names the development key (and derives it): 'mall pickup codes'. */
  purpose: string;
  /** What cannot happen without the key: 'pickup codes cannot be signed'. */
  withoutIt: string;
  development: boolean;
}

/** The development key of a purpose: the same bytes on every machine. */
export function developmentKey(purpose: string): Buffer {
  return createHash('sha256').update(`文明共建 ${purpose}: development key, not a secret`).digest();
}

export function secretKey(spec: SecretKeySpec): SecretKey {
  const raw = spec.value?.trim();
  if (raw) {
    if (raw.length < spec.minLength) throw new Error(`${spec.name} must be ${spec.form ?? `at least ${spec.minLength} characters`}`);
    return { kind: 'set', raw };
  }
  if (!spec.development) throw new Error(`${spec.name} is not set: ${spec.withoutIt} (README: Deploying the cloud functions)`);
  return { kind: 'development', bytes: developmentKey(spec.purpose) };
}
