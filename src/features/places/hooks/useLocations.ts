/**
 * 社区位置: which communities 随手拍 can find by place yet, and boundaries for
 * many at once from a GeoJSON file (all of them or none, with each problem
 * said).
 */
import { useState } from 'react'
import { useAction } from '../../../hooks/useAction'
import { useRemote } from '../../../hooks/useRemote'
import { toastOk } from '../../../lib/feedback'
import { importBoundaries, listLocations } from '../api/locations'
import type { BoundaryImportResult } from '../api/types'
import { GEOJSON_EXTENSIONS, NOT_GEOJSON, sheetProblem, sheetRef, type PickedSheet } from '../lib/sheet'

export function useLocations() {
  const list = useRemote(listLocations)
  const [problem, setProblem] = useState('')
  const [done, setDone] = useState<BoundaryImportResult | null>(null)
  const upload = useAction(async (picked: PickedSheet) => importBoundaries(await sheetRef(picked)), { toastOnError: false })

  const pick = async (picked: PickedSheet | null) => {
    if (!picked) return
    setDone(null)
    const why = sheetProblem(picked, GEOJSON_EXTENSIONS, NOT_GEOJSON)
    setProblem(why)
    if (why) return
    const r = await upload.run(picked)
    if (!r) return
    setDone(r)
    toastOk(`已导入 ${r.updated} 个边界`)
    void list.reload()
  }

  const placed = (list.data ?? []).filter((c) => c.hasBoundary || c.latitude !== null).length
  return {
    list,
    placed,
    pick,
    importing: upload.busy,
    problem: problem || upload.error?.message || '',
    /** each refused feature, as the server said it */
    problems: (upload.error?.details ?? []).map((d) => d.message),
    done,
  }
}
