import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import Button from '../../../components/nut/button'
import { useDraft } from '../../../hooks/useDraft'
import type { GoodPersonView } from '../api/types'
import { MAX_PHOTOS, storyError } from '../hooks/rules'
import Field from '../../../components/Field'
import PhotoPicker from '../../../components/PhotoPicker'
import StoryField from './StoryField'

interface ReviseDraft {
  story: string
  photos: string[]
}

/**
 * 修改事迹: the nominator rewrites the story (and photos) as the reviewer asked,
 * starting from what was sent; kept on the phone until it is in.
 */
export default function ReviseForm(props: {
  d: GoodPersonView
  busy: boolean
  fieldErrors: Record<string, string>
  onSubmit: (story: string, photos: string[]) => Promise<boolean | undefined>
}) {
  const { d, busy, fieldErrors, onSubmit } = props
  const draft = useDraft<ReviseDraft>(`goodPeople.revise.${d.id}`, { story: d.story, photos: d.photos })
  const v = draft.value
  const [uploading, setUploading] = useState(false)
  const [local, setLocal] = useState<Record<string, string>>({})
  const photoError = Object.entries(fieldErrors).find(([k]) => k.startsWith('photos'))?.[1]
  const errors: Record<string, string> = { ...fieldErrors, ...(photoError ? { photos: photoError } : {}), ...local }

  const submit = async () => {
    const e: Record<string, string> = {}
    const s = storyError(v.story)
    if (s) e.story = s
    if (uploading) e.photos = '照片还在上传，请稍等'
    setLocal(e)
    if (Object.keys(e).length) return
    const ok = await onSubmit(v.story.trim(), v.photos)
    if (ok) draft.clear()
  }

  return (
    <View>
      <Text className='ct-title ct-block'>修改事迹</Text>
      <Text className='ct-muted ct-block ct-mt-xs'>按审核意见改好后提交。改过的事迹要先请被推荐人重新同意，再由社区工作人员审核。</Text>
      <View className='ct-mt'>
        <Field label='事迹' error={errors.story}>
          <StoryField
            value={v.story}
            error={errors.story}
            onChange={(s) => {
              draft.update('story', s)
              setLocal(({ story: _s, ...rest }) => rest)
            }}
          />
        </Field>
        <Field label='照片' hint={`可以不放，最多 ${MAX_PHOTOS} 张`}>
          <PhotoPicker
            refs={v.photos}
            onAdd={(ref) => draft.setValue((p) => ({ ...p, photos: p.photos.includes(ref) ? p.photos : [...p.photos, ref] }))}
            onRemove={(ref) => draft.setValue((p) => ({ ...p, photos: p.photos.filter((x) => x !== ref) }))}
            addLabel='添加事迹照片'
            max={MAX_PHOTOS}
            error={errors.photos}
            onBusyChange={setUploading}
          />
        </Field>
      </View>
      <Button className='ct-btn ct-mt' type='primary' size='large' loading={busy} onClick={() => void submit()}>
        重新提交
      </Button>
    </View>
  )
}
