import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import Button from '../../../components/nut/button'
import TextArea from '../../../components/nut/textarea'
import { useDraft } from '../../../hooks/useDraft'
import type { Id } from '../api/types'
import PhotoPicker from '../../../components/PhotoPicker'
// the field label classes (ct-field__label …), for labels that stand without a <Field>
import '../../../components/Field.scss'

interface FixDraft {
  note: string
  photos: string[]
}

const EMPTY: FixDraft = { note: '', photos: [] }

/** The department's result: what was done and the after photos. Kept on the phone until it is in. */
export default function FixForm(props: {
  reportId: Id
  busy: boolean
  fieldErrors: Record<string, string>
  onSubmit: (note: string, photos: string[]) => Promise<boolean | undefined>
}) {
  const { reportId, busy, fieldErrors, onSubmit } = props
  const draft = useDraft<FixDraft>(`reports.fix.${reportId}`, EMPTY)
  const d = draft.value
  const [uploading, setUploading] = useState(false)
  const [local, setLocal] = useState<Record<string, string>>({})
  const errors = { ...fieldErrors, ...local }

  const submit = async () => {
    const e: Record<string, string> = {}
    if (d.note.trim().length < 2) e.note = '请写一下是怎么整改的'
    if (!d.photos.length) e.photos = '请至少拍一张整改后的照片'
    if (uploading) e.photos = '照片还在上传，请稍等'
    setLocal(e)
    if (Object.keys(e).length) return
    const ok = await onSubmit(d.note.trim(), d.photos)
    if (ok) draft.clear()
  }

  return (
    <View className='rp-fix'>
      <Text className='ct-title ct-block'>整改结果</Text>
      <Text className='ct-muted ct-block ct-mt-xs'>整改好了就拍下现场，反映人会看到前后对比。</Text>
      <Text className='ct-field__label ct-mt'>怎么整改的</Text>
      <View className={`ct-box rp-textarea ${errors.note ? 'ct-box--error' : ''}`}>
        <TextArea
          value={d.note}
          placeholder='例如：已清理垃圾，并在路口增设了垃圾桶'
          maxLength={300}
          showCount
          aria-label='整改说明'
          onChange={(v: string) => {
            draft.update('note', v)
            setLocal(({ note: _n, ...rest }) => rest)
          }}
        />
      </View>
      {errors.note ? <Text className='ct-field-error'>{errors.note}</Text> : null}
      <Text className='ct-field__label ct-mt'>整改后的照片</Text>
      <PhotoPicker
        refs={d.photos}
        onAdd={(ref) => {
          draft.setValue((p) => ({ ...p, photos: p.photos.includes(ref) ? p.photos : [...p.photos, ref] }))
          setLocal(({ photos: _p, ...rest }) => rest)
        }}
        onRemove={(ref) => draft.setValue((p) => ({ ...p, photos: p.photos.filter((x) => x !== ref) }))}
        addLabel='添加整改后照片'
        error={errors.photos}
        onBusyChange={setUploading}
      />
      <Button className='ct-btn ct-mt' type='primary' size='large' loading={busy} onClick={() => void submit()}>
        提交整改结果
      </Button>
    </View>
  )
}
