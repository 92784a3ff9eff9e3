import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import TextArea from '../../../components/nut/textarea'
import { formatDue } from './CaseCard'
import PhotoPicker from '../../../components/PhotoPicker'
import Sheet from '../../../components/Sheet'
// the field label classes (ct-field__label …), for labels that stand without a <Field>
import '../../../components/Field.scss'

/** 有异议: the reporter says it is not fixed, why, and optionally shows it. */
export default function DisputeSheet(props: {
  disputeUntil: string | null
  busy: boolean
  error?: string
  onConfirm: (reason: string, photos: string[]) => void
  onCancel: () => void
}) {
  const { disputeUntil, busy, error, onConfirm, onCancel } = props
  const [reason, setReason] = useState('')
  const [photos, setPhotos] = useState<string[]>([])
  const [uploading, setUploading] = useState(false)
  const [local, setLocal] = useState('')
  return (
    <Sheet
      title='对整改结果有异议'
      hint={`说说哪里还没有整改好，问题会重新交给责任单位办理。${disputeUntil ? `${formatDue(disputeUntil)}前可以提出。` : ''}`}
      confirmText='提交异议'
      busy={busy}
      error={error}
      onCancel={onCancel}
      onConfirm={() => {
        if (reason.trim().length < 2) return setLocal('请写明哪里还没有整改好')
        if (uploading) return setLocal('照片还在上传，请稍等')
        onConfirm(reason.trim(), photos)
      }}
    >
      <View className={`ct-box rp-textarea ${local ? 'ct-box--error' : ''}`}>
        <TextArea
          value={reason}
          placeholder='例如：垃圾只清了一半，墙角还有'
          maxLength={300}
          showCount
          aria-label='异议原因'
          onChange={(v: string) => {
            setReason(v)
            setLocal('')
          }}
        />
      </View>
      {local ? <Text className='ct-field-error'>{local}</Text> : null}
      <Text className='ct-field__label ct-mt'>现场照片（可不拍）</Text>
      <PhotoPicker
        refs={photos}
        onAdd={(ref) => setPhotos((p) => [...p, ref])}
        onRemove={(ref) => setPhotos((p) => p.filter((x) => x !== ref))}
        addLabel='添加异议照片'
        onBusyChange={setUploading}
      />
    </Sheet>
  )
}
