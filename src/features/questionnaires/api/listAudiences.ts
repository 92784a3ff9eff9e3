import { call } from '../../../lib/cloud'
import type { AudienceOption } from './types'

/** questionnaires.audiences — where the caller may send a questionnaire. */
export function listAudiences(): Promise<AudienceOption[]> {
  return call<AudienceOption[]>('questionnaires', 'audiences', {})
}
