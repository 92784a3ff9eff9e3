import { Map, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import FieldError from '../../../../components/FieldError'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import { COUNTY_CENTRE } from '../../../../hooks/usePlace'
import { useCommunityPlace, type CommunityPlaceModel } from '../../hooks/useCommunityPlace'
import type { CommunityMap } from '../../api/types'
import '../places.scss'

const isH5 = process.env.TARO_ENV === 'h5'
const RED = '#C8161DFF'

function pointText(c: CommunityMap): string {
  return c.latitude === null || c.longitude === null ? '还没有中心点' : `中心点：北纬 ${c.latitude.toFixed(5)}，东经 ${c.longitude.toFixed(5)}`
}

/** WeChat's map: the centre as a ring, the saved outline filled, the outline being drawn as a line through the taps. */
function DrawingMap({ m, c }: { m: CommunityPlaceModel; c: CommunityMap }) {
  const centre = c.latitude !== null && c.longitude !== null ? { latitude: c.latitude, longitude: c.longitude } : COUNTY_CENTRE
  const drawn = m.drawing ?? []
  return (
    <Map
      className='pl-map'
      latitude={centre.latitude}
      longitude={centre.longitude}
      scale={16}
      showLocation
      circles={[
        ...(c.latitude !== null ? [{ ...centre, radius: 20, color: RED, fillColor: '#C8161D55', strokeWidth: 2 }] : []),
        ...drawn.map((p) => ({ ...p, radius: 6, color: RED, fillColor: RED, strokeWidth: 1 })),
      ]}
      polygons={m.drawing ? [] : c.outlines.map((points) => ({ points, strokeWidth: 2, strokeColor: RED, fillColor: '#C8161D22' }))}
      polyline={drawn.length > 1 ? [{ points: [...drawn, drawn[0]], color: RED, width: 3, dottedLine: false }] : []}
      onError={() => undefined}
      onTap={(e) => {
        const d = (e as unknown as { detail: { latitude?: number; longitude?: number } }).detail
        if (m.drawing && typeof d.latitude === 'number' && typeof d.longitude === 'number') m.tapMap({ latitude: d.latitude, longitude: d.longitude })
      }}
    />
  )
}

function BoundaryCard({ m, c }: { m: CommunityPlaceModel; c: CommunityMap }) {
  if (isH5) {
    return (
      <View className='ct-card'>
        <Text className='pl-step ct-block'>边界</Text>
        <Text className='ct-text ct-block ct-mt-xs'>{c.outlines.length ? '已有边界' : '还没有边界'}</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>在微信小程序里打开这一页，可以在地图上点出边界；也可以在上一页导入 GeoJSON 边界文件。</Text>
        {c.outlines.length ? (
          <Button className='ct-btn ct-mt' fill='outline' loading={m.savingBoundary} onClick={() => void m.removeBoundary()}>
            删除边界
          </Button>
        ) : null}
      </View>
    )
  }
  return (
    <View className='ct-card'>
      <Text className='pl-step ct-block'>边界</Text>
      <DrawingMap m={m} c={c} />
      {m.drawing ? (
        <View>
          <Text className='ct-text ct-block ct-mt' aria-live='polite'>
            {m.drawing.length < 3 ? `沿着社区的边，在地图上依次点 ${3 - m.drawing.length} 个以上的点` : `已点 ${m.drawing.length} 个点，可以保存了`}
          </Text>
          <Button className='ct-btn ct-mt' type='primary' size='large' disabled={m.drawing.length < 3} loading={m.savingBoundary} onClick={() => void m.finishDrawing()}>
            保存边界
          </Button>
          <View className='ct-btn-row ct-mt'>
            <Button className='ct-btn' fill='outline' disabled={m.drawing.length === 0} onClick={m.undo}>
              撤销一个点
            </Button>
            <Button className='ct-btn' fill='outline' onClick={m.cancelDrawing}>
              不画了
            </Button>
          </View>
        </View>
      ) : (
        <View>
          <Text className='ct-muted ct-block ct-mt'>{c.outlines.length ? '已有边界（红色区域）。重新画会替换它。' : '还没有边界。'}</Text>
          <Button className='ct-btn ct-mt' type='primary' fill='outline' onClick={m.startDrawing}>
            {c.outlines.length ? '重新画边界' : '在地图上画边界'}
          </Button>
          {c.outlines.length ? (
            <Button className='ct-btn ct-mt' fill='outline' loading={m.savingBoundary} onClick={() => void m.removeBoundary()}>
              删除边界
            </Button>
          ) : null}
        </View>
      )}
    </View>
  )
}

export function CommunityPlaceScreen({ id }: { id: string }) {
  const m = useCommunityPlace(id)
  return (
    <Page>
      <RemoteView<CommunityMap> remote={m.map} rows={3} isEmpty={() => false}>
        {(c) => (
          <View>
            <View className='pl-head'>
              <Text className='ct-h1 ct-block'>{c.name}</Text>
              <Text className='ct-muted ct-block ct-mt-xs'>在边界里反映的随手拍归这个社区；没有边界时，中心点最近的社区来处理。</Text>
            </View>
            <View className='ct-card'>
              <Text className='pl-step ct-block'>中心点</Text>
              <Text className='ct-text ct-block ct-mt-xs'>{pointText(c)}</Text>
              <Button className='ct-btn ct-mt' type='primary' size='large' loading={m.locating} onClick={m.locate}>
                {isH5 ? '用我现在的位置作中心点' : '在地图上选中心点'}
              </Button>
              {isH5 ? <Text className='ct-muted ct-block ct-mt-xs'>请站在社区居委会（村委会）门口再点。</Text> : null}
              {m.pointProblem ? <FieldError message={m.pointProblem} /> : null}
            </View>
            <BoundaryCard m={m} c={c} />
          </View>
        )}
      </RemoteView>
    </Page>
  )
}

export default function CommunityPlacePage() {
  const { params } = useRouter()
  return <CommunityPlaceScreen id={params.id ?? ''} />
}
