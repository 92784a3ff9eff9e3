import { Text, View } from '@tarojs/components'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import Input from '../../../../components/nut/input'
import Switch from '../../../../components/nut/switch'
import TextArea from '../../../../components/nut/textarea'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import Choices from '../../../../components/Choices'
import Field from '../../../../components/Field'
import PhotoPicker from '../../../../components/PhotoPicker'
import NearbyList from '../../components/NearbyList'
import { DECLINED_NOTE, FALLBACK_NOTE } from '../../../../hooks/usePlace'
import { ADDRESS_MAX, DESCRIPTION_MAX, MAX_PHOTOS, useReportForm } from '../../hooks/useReportForm'
import type { ReportCategory } from '../../api/types'
import '../reports.scss'
import './index.scss'

export const ANONYMOUS_NOTE = '匿名后，处理人员和其他居民都看不到您的身份'

export function ReportScreen() {
  const f = useReportForm()
  const d = f.draft
  const placed = d.latitude !== null && d.longitude !== null
  const locateText = f.place.isH5 ? (placed ? '重新定位' : '使用当前位置') : placed ? '重新选择位置' : '在地图上选位置'

  return (
    <Page>
      <View className='rp-head'>
        <Text className='ct-h1 ct-block'>随手拍</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>看到身边的问题，拍下来、写清楚在哪儿。社区会受理并派给责任单位，办好了告诉您。</Text>
      </View>

      <View className='ct-card'>
        <Field label='问题类型' error={f.errors.categoryId}>
          <RemoteView<ReportCategory[]> remote={f.categories} rows={1} empty={{ title: '暂时没有可以反映的问题类型', hint: '请稍后再来' }}>
            {(list) => (
              <Choices
                label='问题类型'
                options={list.map((c) => ({ value: c.id, text: c.name }))}
                value={d.categoryId}
                onChange={(id) => f.setField('categoryId', id)}
              />
            )}
          </RemoteView>
        </Field>
      </View>

      <View className='ct-card'>
        <Field label='照片' hint={`拍清楚问题和周围的样子，1 到 ${MAX_PHOTOS} 张`}>
          <PhotoPicker
            refs={d.photos}
            onAdd={f.addPhoto}
            onRemove={f.removePhoto}
            addLabel='添加问题照片'
            max={MAX_PHOTOS}
            error={f.errors.photos}
            onBusyChange={f.setUploading}
          />
        </Field>
      </View>

      <View className='ct-card'>
        <Field label='位置' error={f.errors.place}>
          {f.place.declined && !placed ? (
            <View className='rp-notice' role='status'>
              <Text className='ct-text'>{DECLINED_NOTE}</Text>
            </View>
          ) : d.placeSource === 'fallback' ? (
            <View className='rp-notice' role='status'>
              <Text className='ct-text'>{FALLBACK_NOTE}</Text>
            </View>
          ) : (
            <View role='status'>
              <Text className='ct-text ct-block'>{placed ? (d.placeSource === 'picked' ? '已在地图上选好位置' : '已获取您现在的位置') : '还没有确定位置'}</Text>
            </View>
          )}
          <Button className='ct-btn ct-mt' type='default' loading={f.place.locating} onClick={() => void f.locate()}>
            {f.place.locating ? '正在定位…' : locateText}
          </Button>
        </Field>
        <Field label='详细地址' hint='写清楚街道、门牌或附近的标志，方便工作人员找到' error={f.errors.address}>
          <View className={`ct-box ${f.errors.address ? 'ct-box--error' : ''}`}>
            <Input
              value={d.address}
              placeholder='例如：幸福路18号门口'
              maxLength={ADDRESS_MAX}
              aria-label='详细地址'
              onChange={(v: string) => f.setField('address', v)}
            />
          </View>
        </Field>
      </View>

      {f.nearby.length ? <NearbyList items={f.nearby} busy={f.following} onMeToo={(id) => void f.follow(id)} /> : null}

      <View className='ct-card'>
        <Field label='问题描述' error={f.errors.description}>
          <View className={`ct-box rp-textarea ${f.errors.description ? 'ct-box--error' : ''}`}>
            <TextArea
              value={d.description}
              placeholder='说说是什么问题，例如：路灯不亮已经三天了'
              maxLength={DESCRIPTION_MAX}
              showCount
              aria-label='问题描述'
              onChange={(v: string) => f.setField('description', v)}
            />
          </View>
        </Field>
      </View>

      <View className='ct-card ct-spread'>
        <View className='ct-grow'>
          <Text className='ct-title ct-block'>匿名反映</Text>
          <Text className='ct-muted ct-block'>{ANONYMOUS_NOTE}</Text>
        </View>
        <Switch
          className='rp-switch'
          checked={d.anonymous}
          aria-label='匿名反映'
          onChange={(v: boolean) => f.setField('anonymous', v)}
        />
      </View>

      {f.errorCount > 0 && !f.submitError ? (
        <View className='rp-notice rp-notice--alert' role='alert'>
          <Text className='ct-text ct-block'>{`还有 ${f.errorCount} 处没填好，请看上面标红的地方。`}</Text>
        </View>
      ) : null}
      {f.submitError && !f.submitError.details?.length ? (
        <View className='rp-notice rp-notice--alert' role='alert'>
          <Text className='ct-text ct-block'>{f.submitError.message}</Text>
          <Text className='ct-muted ct-block ct-mt-xs'>您填写的内容都还在，可以直接再点“提交”。</Text>
        </View>
      ) : null}

      <Button className='ct-btn ct-mt' type='primary' size='large' loading={f.submitting} onClick={() => void f.submit()}>
        提交
      </Button>
      <View className='ct-links'>
        <View className='ct-link' role='link' onClick={() => go(ROUTES.myReports)}>
          我的随手拍
        </View>
        <View className='ct-link' role='link' onClick={() => go(withQuery(ROUTES.reportGallery, {}))}>
          整改晒单
        </View>
      </View>
    </Page>
  )
}

export default function ReportPage() {
  return <ReportScreen />
}
