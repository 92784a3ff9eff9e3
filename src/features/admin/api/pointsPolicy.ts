import { call } from '../../../lib/cloud'
import type { PointsPolicyView } from '../../../../server/modules/points/contracts'

export type { PointsPolicyView }

/** points.policy — how many years points last in the county. */
export function getPointsPolicy(): Promise<PointsPolicyView> {
  return call<PointsPolicyView>('points', 'policy', {})
}

/** points.setPolicy — the admin sets it (1–10 years). */
export function setPointsPolicy(expiryYears: number): Promise<PointsPolicyView> {
  return call<PointsPolicyView>('points', 'setPolicy', { expiryYears })
}
