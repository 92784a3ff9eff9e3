import { call } from '../../../lib/cloud'
import type { Id } from './types'

/** questionnaires.exportCsv — every answer, one row each, as a CSV Excel opens (UTF-8 with BOM). */
export function exportCsv(questionnaireId: Id): Promise<{ filename: string; csv: string }> {
  return call<{ filename: string; csv: string }>('questionnaires', 'exportCsv', { questionnaireId })
}
