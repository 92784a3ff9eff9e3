import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import Choices from '../../../../components/Choices'
import Field from '../../../../components/Field'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import StatusTag from '../../../../components/StatusTag'
import Button from '../../../../components/nut/button'
import Input from '../../../../components/nut/input'
import { FALLBACK_NOTE, usePlace, type Place } from '../../../../hooks/usePlace'
import { useAction } from '../../../../hooks/useAction'
import { useRemote } from '../../../../hooks/useRemote'
import { confirmOnce, toastOk } from '../../../../lib/feedback'
import { addSite, editSite, getCommunities, getDepartments, getSites, retireSite } from '../../api/inspections'
import { SITE_CHANGED_ELSEWHERE, SITE_TYPES, type SiteType, type SiteView } from '../../api/types'
import '../../inspections.scss'

interface Options {
  sites: SiteView[]
  communities: { id: string; name: string; areaName: string }[]
  departments: { id: string; name: string }[]
}

/**
 * The form of a site: empty to 登记 a new one, or filled in with `editing` to
 * 修改 it. Saved onto the version the admin saw: someone else changed the site
 * meanwhile, the page says so and `onReload` brings the site as it is now.
 */
function SiteForm({
  editing,
  communities,
  departments,
  onSaved,
  onCancel,
  onReload,
}: { editing: SiteView | null; onSaved: () => Promise<void>; onCancel: () => void; onReload: () => Promise<void> } & Omit<Options, 'sites'>) {
  const [name, setName] = useState(editing?.name ?? '')
  const [siteType, setSiteType] = useState<SiteType>(editing?.siteType ?? '农贸市场')
  const [communityId, setCommunityId] = useState(editing?.communityId ?? '')
  const [departmentId, setDepartmentId] = useState(editing?.departmentId ?? '')
  const [address, setAddress] = useState(editing?.address ?? '')
  const [place, setPlace] = useState<Place | null>(editing ? { latitude: editing.latitude, longitude: editing.longitude, source: 'picked' } : null)
  const [moved, setMoved] = useState(false)
  const locator = usePlace((p) => {
    setPlace(p)
    setMoved(true)
    if (p.address) setAddress((typed) => typed || p.address!)
  })
  const save = useAction(
    async () => {
      const fields = { name, siteType, communityId, departmentId, address, latitude: place!.latitude, longitude: place!.longitude }
      if (editing) await editSite({ siteId: editing.id, version: editing.version, ...fields })
      else await addSite(fields)
      toastOk(editing ? '点位已修改' : '点位已登记')
      if (!editing) {
        setName('')
        setAddress('')
        setPlace(null)
      }
      await onSaved()
    },
    { toastOnError: false },
  )
  const errors = save.fieldErrors
  const changedElsewhere = save.error?.code === 'CONFLICT' && save.error.message === SITE_CHANGED_ELSEWHERE
  const reload = useAction(onReload)
  const placeText = !place
    ? '还没有确定位置'
    : editing && !moved
      ? '用登记时的位置，点下面的按钮可以重新定位'
      : place.source === 'fallback'
        ? FALLBACK_NOTE
        : place.source === 'picked'
          ? '已在地图上选好位置'
          : '已获取您现在的位置'
  return (
    <View>
      <Text className='ct-section-title'>{editing ? `修改点位：${editing.name}` : '登记新点位'}</Text>
      <View className='ct-card'>
        {editing ? <Text className='ct-muted ct-block'>已经检查过的点位，过去的督查通报仍按检查时的名称、社区和责任单位显示。</Text> : null}
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
        {/* One primary button: once the site changed elsewhere, saving is no longer possible, reloading is. */}
        {changedElsewhere ? (
          <Button className='ct-btn ct-mt' type='primary' loading={reload.busy} onClick={() => void reload.run()}>
            刷新这个点位
          </Button>
        ) : (
          <Button
            className='ct-btn ct-mt'
            type='primary'
            loading={save.busy}
            disabled={!name.trim() || !communityId || !departmentId || !address.trim() || !place}
            onClick={() => void save.run()}
          >
            {editing ? '保存修改' : '登记点位'}
          </Button>
        )}
        {editing ? (
          <Button className='ct-btn ct-mt' type='default' disabled={save.busy} onClick={onCancel}>
            不改了
          </Button>
        ) : null}
      </View>
    </View>
  )
}

/** 暗访点位: the places rounds draw from, each with its community (and so its area) and its responsible unit; each can be changed or retired. */
export default function SitesPage() {
  const data = useRemote<Options>(async () => {
    const [sites, communities, departments] = await Promise.all([getSites(), getCommunities(), getDepartments()])
    return { sites, communities, departments }
  })
  // The site being edited, by id: a reload brings it as it is now (and its form afresh, keyed by its version).
  const [editingId, setEditingId] = useState<string | null>(null)
  const retire = useAction(async (site: SiteView) => {
    if (!site.retired) {
      const sure = await confirmOnce('停用这个点位？', `“${site.name}”停用后不会再被抽到或选进新的督查；已经安排和检查过的仍然保留。以后可以恢复。`, '停用')
      if (!sure) return
    }
    await retireSite(site.id, !site.retired)
    toastOk(site.retired ? '点位已恢复' : '点位已停用')
    if (editingId === site.id) setEditingId(null)
    await data.reload()
  })
  return (
    <Page>
      <RemoteView<Options> remote={data} rows={3}>
        {({ sites, communities, departments }) => {
          const editing = sites.find((s) => s.id === editingId) ?? null
          // 修改 opens the form at the top, where the tap was seen; 登记 stays below the list.
          const siteForm = (
            <SiteForm
              key={editing ? `${editing.id}:${editing.version}` : 'new'}
              editing={editing}
              communities={communities}
              departments={departments}
              onCancel={() => setEditingId(null)}
              onSaved={async () => {
                setEditingId(null)
                await data.reload()
              }}
              onReload={async () => {
                await data.reload()
                toastOk('已是最新内容')
              }}
            />
          )
          return (
            <View>
              {editing ? siteForm : null}
              <Text className='ct-section-title'>{`已登记${sites.length}个点位`}</Text>
              <View className='ct-card'>
                {sites.length === 0 ? <Text className='ct-muted ct-block'>还没有点位，在下面登记第一个。</Text> : null}
                {sites.map((s) => (
                  <View key={s.id} className='in-rank'>
                    <View className='in-rank__body'>
                      <View className='ct-spread'>
                        <Text className='ct-text'>{s.name}</Text>
                        {s.retired ? <StatusTag status='rejected' label='已停用' /> : null}
                      </View>
                      <Text className='ct-muted ct-block'>{`${s.siteType} · ${s.area} ${s.community} · ${s.department}`}</Text>
                      <View className='in-site-actions'>
                        {!s.retired ? (
                          <View className='in-site-link' role='button' aria-label={`修改${s.name}`} onClick={() => setEditingId(s.id)}>
                            修改
                          </View>
                        ) : null}
                        <View className='in-site-link' role='button' aria-label={`${s.retired ? '恢复' : '停用'}${s.name}`} onClick={() => void retire.run(s)}>
                          {s.retired ? '恢复' : '停用'}
                        </View>
                      </View>
                    </View>
                  </View>
                ))}
              </View>
              {editing ? null : siteForm}
            </View>
          )
        }}
      </RemoteView>
    </Page>
  )
}
