import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import Choices from '../../../components/Choices'
import Field from '../../../components/Field'
import RemoteView from '../../../components/RemoteView'
import Sheet from '../../../components/Sheet'
import Button from '../../../components/nut/button'
import Input from '../../../components/nut/input'
import { FALLBACK_NOTE, usePlace, type Place } from '../../../hooks/usePlace'
import { useRemote } from '../../../hooks/useRemote'
import { listCategories } from '../api/listCategories'
import type { Id, MatterView, ReportCategory, ReportInput } from '../api/types'
import { ADDRESS_MAX, likelyCategory } from '../hooks/rules'

/**
 * 转为随手拍: the captain picks the problem type and uses where they stand
 * (they are in the building); the resident's words and photos go as they are,
 * in the resident's name, so nobody types them again. The address starts as
 * the building's.
 */
export default function ReportSheet(props: {
  m: MatterView
  busy: boolean
  error?: string
  fieldErrors: Record<string, string>
  onCancel: () => void
  onConfirm: (input: Omit<ReportInput, 'matterId'>) => void
}) {
  const { m, busy, error, fieldErrors, onCancel, onConfirm } = props
  const categories = useRemote<ReportCategory[]>(listCategories)
  const [categoryId, setCategoryId] = useState<Id | ''>('')
  const [place, setPlace] = useState<Place | null>(null)
  const [address, setAddress] = useState(m.defaultAddress ?? '')
  const [local, setLocal] = useState<Record<string, string>>({})
  const locator = usePlace((p) => {
    setPlace(p)
    setLocal(({ place: _p, ...rest }) => rest)
  })
  const errors = { ...fieldErrors, ...local }
  // the type a matter of this kind most likely is, chosen already (the captain may change it)
  useEffect(() => {
    const likely = categories.data ? likelyCategory(m.kind, categories.data) : undefined
    if (likely) setCategoryId((chosen) => chosen || likely.id)
  }, [categories.data])

  const confirm = () => {
    const e: Record<string, string> = {}
    if (!categoryId) e.categoryId = '请选择问题类型'
    if (!place) e.place = '请先确定位置：点“使用我现在的位置”'
    if (address.trim().length > ADDRESS_MAX) e.address = `地址请不要超过 ${ADDRESS_MAX} 个字`
    setLocal(e)
    if (Object.keys(e).length || !place) return
    onConfirm({ categoryId: categoryId as Id, latitude: place.latitude, longitude: place.longitude, ...(address.trim() ? { address: address.trim() } : {}) })
  }

  const placeText = !place ? '还没有确定位置' : place.source === 'fallback' ? FALLBACK_NOTE : place.source === 'picked' ? '已在地图上选好位置' : '已获取您现在的位置'
  return (
    <Sheet
      title='转为随手拍'
      hint={`会以居民的名义提交，内容和${m.photos.length ? `${m.photos.length}张照片` : '照片'}都用居民写的，不用再打一遍字。居民在“我的随手拍”里能看到办理进展。`}
      confirmText='提交随手拍'
      busy={busy}
      error={error}
      onCancel={onCancel}
      onConfirm={confirm}
    >
      <Field label='问题类型' error={errors.categoryId}>
        <RemoteView<ReportCategory[]> remote={categories} rows={1} empty={{ title: '暂时没有可以选的问题类型', hint: '请稍后再来' }}>
          {(list) => (
            <Choices
              label='问题类型'
              options={list.map((c) => ({ value: c.id, text: c.name }))}
              value={categoryId}
              onChange={(id) => {
                setCategoryId(id)
                setLocal(({ categoryId: _c, ...rest }) => rest)
              }}
            />
          )}
        </RemoteView>
      </Field>
      <Field label='位置' hint='您在楼里，用您现在的位置就行' error={errors.place ?? errors.latitude ?? errors.longitude}>
        <View role='status'>
          <Text className='ct-text ct-block'>{placeText}</Text>
        </View>
        <Button className='ct-btn ct-mt' type='default' loading={locator.locating} onClick={() => void locator.locate(place ?? undefined)}>
          {locator.locating ? '正在定位…' : place ? '重新定位' : '使用我现在的位置'}
        </Button>
      </Field>
      <Field label='地址' hint='默认是这栋楼，可以写得更细一些' error={errors.address}>
        <View className={`ct-box ${errors.address ? 'ct-box--error' : ''}`}>
          <Input value={address} placeholder='例如：幸福里社区1号楼北侧垃圾站' maxLength={ADDRESS_MAX} aria-label='地址' onChange={(v: string) => setAddress(v)} />
        </View>
      </Field>
    </Sheet>
  )
}
