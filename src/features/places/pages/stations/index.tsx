import { Text, View } from '@tarojs/components'
import Choices from '../../../../components/Choices'
import Field from '../../../../components/Field'
import FieldError from '../../../../components/FieldError'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import Input from '../../../../components/nut/input'
import { KIND_LABELS, useStations } from '../../hooks/useStations'
import type { StationItem } from '../../api/types'
import '../places.scss'

const isH5 = process.env.TARO_ENV === 'h5'
const KINDS = (Object.keys(KIND_LABELS) as StationItem['kind'][]).map((k) => ({ value: k, text: KIND_LABELS[k] }))

export function StationsScreen() {
  const m = useStations()
  const d = m.draft
  return (
    <Page>
      <View className='pl-head'>
        <Text className='ct-h1 ct-block'>文明实践阵地</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>新时代文明实践中心、所、站：志愿者在这里集合，活动在这里举行。</Text>
      </View>
      <RemoteView<StationItem[]> remote={m.list} rows={3} empty={{ title: '还没有添加实践阵地', hint: '在下面添加县里的实践中心，和各乡镇（街道）的所、各社区（村）的站。' }}>
        {(items) => (
          <View className='ct-card'>
            {items.map((s) => (
              <View key={s.id} className='pl-row'>
                <View className='ct-grow'>
                  <Text className='ct-text ct-block'>{s.name}</Text>
                  <Text className='ct-muted ct-block'>{[KIND_LABELS[s.kind], s.communityName, s.address].filter(Boolean).join(' · ')}</Text>
                </View>
                <Button size='small' fill='outline' onClick={() => void m.drop(s)} aria-label={`删除${s.name}`}>
                  删除
                </Button>
              </View>
            ))}
          </View>
        )}
      </RemoteView>

      <Text className='ct-section-title ct-block pl-section'>添加实践阵地</Text>
      <View className='ct-card'>
        <Field label='名称' error={m.errors.name}>
          <View className={m.errors.name ? 'ct-box ct-box--error' : 'ct-box'}>
            <Input value={d.name} placeholder='例如：和平社区新时代文明实践站' maxLength={40} aria-label='名称' onChange={(v: string) => m.patch({ name: v })} />
          </View>
        </Field>
        <Field label='类型' error={m.errors.kind}>
          <Choices<StationItem['kind']> label='类型' options={KINDS} value={d.kind} onChange={(kind) => m.patch({ kind })} />
        </Field>
        <Field label='所在社区（村，可以不选）'>
          <Choices label='所在社区（村）' options={(m.communities.data ?? []).map((c) => ({ value: c.id, text: c.name }))} value={d.communityId} onChange={(communityId) => m.patch({ communityId: communityId === d.communityId ? '' : communityId })} />
        </Field>
        <Field label='位置' error={m.errors.place}>
          {d.place ? <Text className='ct-text ct-block'>{`已选好位置：北纬 ${d.place.latitude.toFixed(5)}，东经 ${d.place.longitude.toFixed(5)}`}</Text> : null}
          <Button className='ct-btn ct-mt-xs' fill='outline' loading={m.locating} onClick={m.locate}>
            {isH5 ? '用我现在的位置' : '在地图上选位置'}
          </Button>
        </Field>
        <Field label='地址（可以不填）' error={m.errors.address}>
          <View className='ct-box'>
            <Input value={d.address} placeholder='例如：和平路12号社区服务中心二楼' maxLength={100} aria-label='地址' onChange={(v: string) => m.patch({ address: v })} />
          </View>
        </Field>
        {m.error ? <FieldError message={m.error} /> : null}
        <Button className='ct-btn ct-mt' type='primary' size='large' loading={m.busy} onClick={() => void m.submit()}>
          添加
        </Button>
      </View>
    </Page>
  )
}

export default function StationsPage() {
  return <StationsScreen />
}
