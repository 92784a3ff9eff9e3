import { call } from '../../../lib/cloud'
import type { ImportPreview, SheetRef } from './types'

/** places.importPreview — what importing this sheet would add, leave unchanged and refuse (nothing is written). */
export function previewImport(sheet: SheetRef): Promise<ImportPreview> {
  return call<ImportPreview>('places', 'importPreview', sheet)
}
