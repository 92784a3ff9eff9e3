import { call } from '../../../lib/cloud'
import type { TemplateFile } from './types'

/** places.importTemplate — the address sheet to fill in, with example rows. */
export function getTemplate(format: 'xlsx' | 'csv'): Promise<TemplateFile> {
  return call<TemplateFile>('places', 'importTemplate', { format })
}
