export type { BoundaryImportResult, CommunityLocation, CommunityMap, ImportPreview, ImportResult, StationItem, TemplateFile } from '../../../../server/modules/places/contracts'

/** A responsible unit (责任单位). */
export interface DepartmentItem {
  id: string
  name: string
}

/** The sheet as the server reads it: its bytes in the call, or where the mini-program put it in cloud storage. */
export interface SheetRef {
  fileName: string
  data?: string
  fileId?: string
}
