import { call } from '../../../lib/cloud'
import type { CertificateView } from './types'

/** volunteers.certificate — 志愿服务记录证明 of the caller, dated today with a number quoted when someone checks it. */
export function getCertificate(): Promise<CertificateView> {
  return call<CertificateView>('volunteers', 'certificate', {})
}
