import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import Button from '../../../components/nut/button'
import Switch from '../../../components/nut/switch'
import type { NominationView } from '../api/types'
import { serverErrors } from '../hooks/rules'
import { useFamilyDraft } from '../hooks/useFamilyDraft'
import type { NominationModel } from '../hooks/useNomination'
import FamilyForm from './FamilyForm'

export const consentDraftKey = (id: string) => `families.consent.${id}`

/** What the switch does, in one line under it. */
export function childNameNote(childName: string, show: boolean): string {
  return show ? `公开后，大家会看到“由孩子推荐（${childName}）”` : '不公开：大家只看到“由孩子推荐”，看不到孩子的名字'
}

/**
 * 家长确认: the guardian reads what the child wrote, may edit the name, the
 * story and the photos, chooses whether the child's name is shown (off unless
 * they turn it on), sees exactly what will be published, and agrees.
 */
export default function ConsentForm({ v, m }: { v: NominationView; m: NominationModel }) {
  const form = useFamilyDraft(consentDraftKey(v.id), { displayName: v.displayName, story: v.story, photos: v.photos, showChildName: false })
  const d = form.value
  const errors = { ...serverErrors(m.fieldErrors), ...form.errors }
  const childName = v.childName
  // Written in child mode on this phone: agreeing takes a second, separate look (the server holds it too).
  const [secondLook, setSecondLook] = useState(false)
  const [askedLook, setAskedLook] = useState(false)
  const submit = async () => {
    const content = form.checked()
    if (!content) return
    if (v.writtenOnMyPhone && !secondLook) return setAskedLook(true)
    const done = await m.consent(content, childName ? d.showChildName : false, v.writtenOnMyPhone && secondLook)
    if (done) form.clear()
  }
  return (
    <View>
      <Text className='ct-section-title'>要公开的内容（您可以修改）</Text>
      <FamilyForm
        value={d}
        onChange={form.setField}
        addPhoto={form.addPhoto}
        removePhoto={form.removePhoto}
        errors={errors}
        onBusyChange={form.setUploading}
      />

      <View className='ct-card'>
        {childName ? (
          <View className='ct-spread'>
            <View className='ct-grow'>
              <Text className='ct-title ct-block'>{`公开孩子的名字（${childName}）`}</Text>
              <Text className='ct-muted ct-block'>{childNameNote(childName, d.showChildName)}</Text>
            </View>
            <Switch
              className='fm-switch'
              checked={d.showChildName}
              aria-label={`公开孩子的名字（${childName}）`}
              onChange={(on: boolean) => form.setField('showChildName', on)}
            />
          </View>
        ) : null}
        <View className='fm-publish' role='region' aria-label='审核通过后会公开的内容'>
          <Text className='ct-text ct-block'>审核通过后，全县居民会看到：</Text>
          <Text className='ct-text ct-block'>{`· 家庭名称“${d.displayName.trim() || '（还没填）'}”和所在社区（${v.community}）`}</Text>
          <Text className='ct-text ct-block'>{`· 上面的家庭故事${d.photos.length ? `和 ${d.photos.length} 张照片` : ''}`}</Text>
          {childName ? (
            <Text className='ct-text ct-block'>{d.showChildName ? `· 孩子的名字：${childName}` : '· 不会公开孩子的名字'}</Text>
          ) : null}
          <Text className='ct-muted ct-block ct-mt-xs'>不会公开您家的门牌号。同意后也可以随时撤回，撤回后这个家庭将不再公开显示。</Text>
        </View>
      </View>

      {v.writtenOnMyPhone ? (
        <View className={`ct-card fm-second-look ${askedLook && !secondLook ? 'fm-second-look--asked' : ''}`}>
          <Text className='ct-title ct-block'>这份推荐是孩子在您手机上写的</Text>
          <Text className='ct-muted ct-block ct-mt-xs'>同意之前，请您和孩子一起再读一遍，确认是孩子自己的意思。</Text>
          <View className='ct-spread ct-mt'>
            <Text className='ct-text ct-grow'>我已经和孩子一起重新读过</Text>
            <Switch className='fm-switch' checked={secondLook} aria-label='我已经和孩子一起重新读过' onChange={(on: boolean) => setSecondLook(on)} />
          </View>
          {askedLook && !secondLook ? <Text className='ct-field-error'>请先和孩子一起重新读一遍，再打开上面的开关</Text> : null}
        </View>
      ) : null}

      {Object.keys(errors).length ? (
        <View className='fm-notice fm-notice--alert' role='alert'>
          <Text className='ct-text ct-block'>{`还有 ${Object.keys(errors).length} 处需要改一改，请看上面标红的地方。`}</Text>
        </View>
      ) : null}
      {m.error && !m.error.details?.length && !m.sheet ? (
        <View className='fm-notice fm-notice--alert' role='alert'>
          <Text className='ct-text ct-block'>{m.error.message}</Text>
        </View>
      ) : null}
      <Button className='ct-btn ct-mt' type='primary' size='large' loading={m.busy && m.running === 'consent'} disabled={m.busy} onClick={() => void submit()}>
        同意并提交社区审核
      </Button>
    </View>
  )
}
