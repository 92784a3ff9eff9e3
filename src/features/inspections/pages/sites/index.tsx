import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import Choices from '../../../../components/Choices'
import Field from '../../../../components/Field'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import Input from '../../../../components/nut/input'
import { FALLBACK_NOTE, usePlace, type Place } from '../../../../hooks/usePlace'
import { useAction } from '../../../../hooks/useAction'
import { useRemote } from '../../../../hooks/useRemote'
import { toastOk } from '../../../../lib/feedback'
import { addSite, getCommunities, getDepartments, getSites } from '../../api/inspections'
import { SITE_TYPES, type SiteType, type SiteView } from '../../api/types'
import '../../inspections.scss'

interface Options {
  sites: SiteView[]
  communities: { id: string; name: string; areaName: string }[]
  departments: { id: string; name: string }[]
}

/** 暗访点位: the places rounds draw from, each with its community (and so its area) and its responsible unit. */
export default function SitesPage() {
  const data = useRemote<Options>(async () => {
    const [sites, communities, departments] = await Promise.all([getSites(), getCommunities(), getDepartments()])
    return { sites, communities, departments }
  })
  const [name, setName] = useState('')
  const [siteType, setSiteType] = useState<SiteType>('农贸市场')
  const [communityId, setCommunityId] = useState('')
  const [departmentId, setDepartmentId] = useState('')
  const [address, setAddress] = useState('')
  const [place, setPlace] = useState<Place | null>(null)
  const locator = usePlace((p) => {
    setPlace(p)
    if (p.address) setAddress((typed) => typed || p.address!)
  })
  const save = useAction(
    async () => {
      await addSite({ name, siteType, communityId, departmentId, address, latitude: place!.latitude, longitude: place!.longitude })
      toastOk('点位已登记')
      setName('')
      setAddress('')
      setPlace(null)
      await data.reload()
    },
    { toastOnError: false },
  )
  const errors = save.fieldErrors
  const placeText = !place ? '还没有确定位置' : place.source === 'fallback' ? FALLBACK_NOTE : place.source === 'picked' ? '已在地图上选好位置' : '已获取您现在的位置'
  return (
    <Page>
      <RemoteView<Options> remote={data} rows={3}>
        {({ sites, communities, departments }) => (
          <View>
            <Text className='ct-section-title'>{`已登记${sites.length}个点位`}</Text>
            <View className='ct-card'>
              {sites.length === 0 ? <Text className='ct-muted ct-block'>还没有点位，在下面登记第一个。</Text> : null}
              {sites.map((s) => (
                <View key={s.id} className='in-rank'>
                  <View className='in-rank__body'>
                    <Text className='ct-text ct-block'>{s.name}</Text>
                    <Text className='ct-muted ct-block'>{`${s.siteType} · ${s.area} ${s.community} · ${s.department}`}</Text>
                  </View>
                </View>
              ))}
            </View>
            <Text className='ct-section-title'>登记新点位</Text>
            <View className='ct-card'>
              <Field label='点位名称' error={errors.name}>
                <View className='ct-box'>
                  <Input value={name} maxLength={40} placeholder='例如：新华农贸市场' aria-label='点位名称' onChange={(v: string) => setName(v)} />
                </View>
              </Field>
              <Field label='点位类型'>
                <Choices<SiteType> label='点位类型' value={siteType} onChange={setSiteType} options={SITE_TYPES.map((t) => ({ value: t, text: t }))} />
              </Field>
              <Field label='所在社区' error={errors.communityId}>
                <Choices<string> label='所在社区' value={communityId} onChange={setCommunityId} options={communities.map((c) => ({ value: c.id, text: c.name }))} />
              </Field>
              <Field label='责任单位' hint='发现的问题交给这个单位限时整改' error={errors.departmentId}>
                <Choices<string> label='责任单位' value={departmentId} onChange={setDepartmentId} options={departments.map((d) => ({ value: d.id, text: d.name }))} />
              </Field>
              <Field label='地址' error={errors.address}>
                <View className='ct-box'>
                  <Input value={address} maxLength={100} placeholder='例如：新华街8号' aria-label='地址' onChange={(v: string) => setAddress(v)} />
                </View>
              </Field>
              <Field label='位置' hint={locator.declined ? '您没有同意使用位置，想好了可以再点一次' : placeText} error={errors.latitude}>
                <Button className='ct-btn' type='default' loading={locator.locating} onClick={() => void locator.locate()}>
                  {locator.isH5 ? '使用我现在的位置' : '在地图上选位置'}
                </Button>
              </Field>
              {save.error && !Object.keys(errors).length ? <Text className='ct-field-error ct-block'>{save.error.message}</Text> : null}
              <Button
                className='ct-btn ct-mt'
                type='primary'
                loading={save.busy}
                disabled={!name.trim() || !communityId || !departmentId || !address.trim() || !place}
                onClick={() => void save.run()}
              >
                登记点位
              </Button>
            </View>
          </View>
        )}
      </RemoteView>
    </Page>
  )
}
