/**
 * The deployment's secret keys, read from the environment once by the entry
 * point (server/runtime/server-keys.ts) and handed to use cases through the
 * Runtime: no module reads process.env. `development` says whether a
 * published development key may stand in for a missing one (tests, the demo;
 * never production).
 */
export interface ServerKeys {
  /** QUESTIONNAIRE_SEAL_KEY: seals anonymous answers until the scheduler counts them. */
  questionnaireSeal?: string;
  /** MALL_PICKUP_KEY: signs the 积分超市's pickup codes. */
  mallPickup?: string;
  /** ONE_TIME_CODE_KEY: keys the stored hashes of consent and child-link codes. */
  oneTimeCodes?: string;
  development: boolean;
}
