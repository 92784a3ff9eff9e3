import { Text, View } from '@tarojs/components'
import FieldError from '../../../../components/FieldError'
import ListItem from '../../../../components/ListItem'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import { useLocations } from '../../hooks/useLocations'
import { chooseSheetFromChat, GEOJSON_EXTENSIONS, sheetFromFile } from '../../lib/sheet'
import type { CommunityLocation } from '../../api/types'
import '../places.scss'

const isH5 = process.env.TARO_ENV === 'h5'

function status(c: CommunityLocation): { text: string; tone: string } {
  if (c.hasBoundary) return { text: '已画边界', tone: 'ct-tag--green' }
  if (c.latitude !== null) return { text: '已定中心点', tone: 'ct-tag--blue' }
  return { text: '还没有位置', tone: 'ct-tag--red' }
}

export function LocationsScreen() {
  const m = useLocations()
  usePullRefresh(m.list.reload)
  useReloadOnShow(m.list.reload)
  const label = '导入边界文件（GeoJSON）'
  return (
    <Page>
      <View className='pl-head'>
        <Text className='ct-h1 ct-block'>社区位置</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>
          随手拍按问题所在的位置分给社区（村）：在边界里的归这个社区；没有边界时，归中心点最近的社区。还没有位置的，仍按反映人家所在的社区。
        </Text>
      </View>
      <RemoteView<CommunityLocation[]> remote={m.list} rows={4} empty={{ title: '还没有社区（村）', hint: '先在“导入地址”里从表格导入社区和住户。', actionText: '去导入地址', onAction: () => void go(ROUTES.placesImport) }}>
        {(list) => (
          <View>
            <Text className='ct-section-title ct-block pl-section'>{`已放到地图上 ${m.placed} / ${list.length}`}</Text>
            {list.map((c) => {
              const s = status(c)
              return (
                <ListItem
                  key={c.id}
                  title={c.name}
                  note={c.areaName}
                  extra={<Text className={`ct-tag ${s.tone}`}>{s.text}</Text>}
                  onClick={() => void go(withQuery(ROUTES.communityPlace, { id: c.id }))}
                />
              )
            })}
          </View>
        )}
      </RemoteView>
      <View className='ct-card ct-mt'>
        <Text className='pl-step ct-block'>一次导入多个边界</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>
          从地图软件（如 QGIS）导出 GeoJSON，每个区域的名称（name）写社区或村的名字。有一个不对，整个文件都不导入，并告诉您哪里不对。
        </Text>
        {isH5 ? (
          <View className='pl-file ct-mt'>
            <Button className='ct-btn' fill='outline' loading={m.importing} aria-hidden='true'>
              {m.importing ? '正在导入…' : label}
            </Button>
            <input
              className='ct-file-overlay'
              type='file'
              accept='.geojson,.json,application/geo+json,application/json'
              aria-label={label}
              title={label}
              disabled={m.importing}
              onChange={(e) => {
                const input = e.currentTarget
                const file = input.files?.[0]
                input.value = ''
                if (file) void m.pick(sheetFromFile(file))
              }}
            />
          </View>
        ) : (
          <Button className='ct-btn ct-mt' fill='outline' loading={m.importing} onClick={() => void chooseSheetFromChat(GEOJSON_EXTENSIONS).then(m.pick)}>
            {m.importing ? '正在导入…' : `${label}（从聊天中）`}
          </Button>
        )}
        {m.problem ? <FieldError message={m.problem} /> : null}
        {m.problems.map((p) => (
          <Text key={p} className='pl-line'>
            {p}
          </Text>
        ))}
        {m.done ? <Text className='ct-text ct-block ct-mt'>{`已导入：${m.done.names.join('、')}`}</Text> : null}
      </View>
    </Page>
  )
}

export default function LocationsPage() {
  return <LocationsScreen />
}
