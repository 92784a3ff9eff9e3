import { call } from '../../../lib/cloud'
import type { ImportResult, SheetRef } from './types'

/** places.importCommit — writes the previewed sheet, all of it or nothing; `skipRefused` imports the good rows of a sheet with refused ones. */
export function commitImport(sheet: SheetRef, digest: string, skipRefused: boolean): Promise<ImportResult> {
  return call<ImportResult>('places', 'importCommit', { ...sheet, digest, skipRefused })
}
