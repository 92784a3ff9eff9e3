import { call } from '../../../lib/cloud'
import type { Certificate, Id } from './types'

/** conventions.certificate */
export function getCertificate(pledgeId: Id): Promise<Certificate> {
  return call<Certificate>('conventions', 'certificate', { pledgeId })
}
