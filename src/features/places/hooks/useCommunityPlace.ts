/**
 * One community on the map: its centre (picked on the map, or where the
 * admin stands), and its boundary drawn by tapping the map point by point
 * (in WeChat; the browser has no map here), or taken away.
 */
import { useState } from 'react'
import { useAction } from '../../../hooks/useAction'
import { usePlace, type Place } from '../../../hooks/usePlace'
import { useRemote } from '../../../hooks/useRemote'
import { toastOk } from '../../../lib/feedback'
import { getCommunityMap, setCommunityBoundary, setCommunityPoint, type MapPoint } from '../api/locations'

export const NO_POSITION = '没有拿到位置：请在微信里打开定位权限，或站在社区里再试一次'

export function useCommunityPlace(communityId: string) {
  const map = useRemote(() => getCommunityMap(communityId), [communityId])
  const [drawing, setDrawing] = useState<MapPoint[] | null>(null)
  const [pointProblem, setPointProblem] = useState('')
  const savePoint = useAction((p: MapPoint) => setCommunityPoint(communityId, p))
  const saveBoundary = useAction((points: MapPoint[] | null) => setCommunityBoundary(communityId, points))

  const place = usePlace((p: Place) => {
    // The county centre stands in when the phone cannot tell where it is: never a community's centre.
    if (p.source === 'fallback') return setPointProblem(NO_POSITION)
    setPointProblem('')
    void savePoint.run({ latitude: p.latitude, longitude: p.longitude }).then((r) => {
      if (!r) return
      toastOk('中心点已保存')
      void map.reload()
    })
  })

  const startDrawing = () => setDrawing([])
  const tapMap = (p: MapPoint) => setDrawing((d) => (d ? [...d, p] : d))
  const undo = () => setDrawing((d) => (d ? d.slice(0, -1) : d))
  const cancelDrawing = () => setDrawing(null)

  const finishDrawing = async () => {
    if (!drawing || drawing.length < 3) return
    const r = await saveBoundary.run(drawing)
    if (!r) return
    setDrawing(null)
    toastOk('边界已保存')
    void map.reload()
  }

  const removeBoundary = async () => {
    const r = await saveBoundary.run(null)
    if (!r) return
    toastOk('边界已删除')
    void map.reload()
  }

  return {
    map,
    locate: () => void place.locate(map.data?.latitude != null && map.data.longitude != null ? { latitude: map.data.latitude, longitude: map.data.longitude } : undefined),
    locating: place.locating || savePoint.busy,
    pointProblem,
    drawing,
    startDrawing,
    tapMap,
    undo,
    cancelDrawing,
    finishDrawing,
    removeBoundary,
    savingBoundary: saveBoundary.busy,
  }
}

export type CommunityPlaceModel = ReturnType<typeof useCommunityPlace>
