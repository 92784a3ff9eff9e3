import { Image, Text, View } from '@tarojs/components'
import { useEffect, useRef, useState } from 'react'
import { choosePhotos, photoUrl, pickedFromFiles, uploadPhoto, type PickedPhoto } from '../lib/files'
import { errorMessage } from '../lib/feedback'
import FieldError from './FieldError'
import './PhotoStrip.scss'
import './PhotoPicker.scss'

const isH5 = process.env.TARO_ENV === 'h5'

interface Pending {
  key: string
  photo: PickedPhoto
  state: 'waiting' | 'uploading' | 'failed'
  error?: string
}

let seq = 0

/**
 * Photos of a form: thumbnails with a remove button, and a tile to add more.
 * Each photo is shrunk and uploaded as soon as it is picked, one after another,
 * each tile saying where it stands (等待上传 · 上传中 · 没传上, tap to retry).
 * Only uploaded refs reach the form (onAdd), so a saved draft holds no half photo.
 *
 * In H5 the add tile is a real <input type=file> (labelled `addLabel`), so a tap
 * opens the phone's own camera-or-album choice.
 */
export default function PhotoPicker(props: {
  refs: string[]
  onAdd: (ref: string) => void
  onRemove: (ref: string) => void
  addLabel: string
  max?: number
  /** the words on the add tile */
  addText?: string
  error?: string
  onBusyChange?: (busy: boolean) => void
}) {
  const { refs, onAdd, onRemove, addLabel, max = 9, addText = '添加照片', error, onBusyChange } = props
  const [pending, setPending] = useState<Pending[]>([])
  const queue = useRef<Pending[]>([])
  const running = useRef(false)
  const alive = useRef(true)
  const onAddRef = useRef(onAdd)
  onAddRef.current = onAdd

  useEffect(() => {
    alive.current = true
    return () => {
      alive.current = false
    }
  }, [])

  const busy = pending.some((p) => p.state !== 'failed')
  useEffect(() => {
    onBusyChange?.(busy)
  }, [busy])

  const patch = (key: string, change: Partial<Pending> | null) =>
    setPending((list) => (change === null ? list.filter((p) => p.key !== key) : list.map((p) => (p.key === key ? { ...p, ...change } : p))))

  const drain = async () => {
    if (running.current) return
    running.current = true
    try {
      while (queue.current.length) {
        const item = queue.current.shift() as Pending
        if (!alive.current) return
        patch(item.key, { state: 'uploading', error: undefined })
        try {
          const ref = await uploadPhoto(item.photo)
          if (!alive.current) return
          patch(item.key, null)
          onAddRef.current(ref)
        } catch (e) {
          if (!alive.current) return
          patch(item.key, { state: 'failed', error: errorMessage(e) })
        }
      }
    } finally {
      running.current = false
    }
  }

  const room = max - refs.length - pending.length
  const add = (photos: PickedPhoto[]) => {
    const items = photos.slice(0, Math.max(0, room)).map((photo): Pending => ({ key: `p${++seq}`, photo, state: 'waiting' }))
    if (!items.length) return
    setPending((list) => [...list, ...items])
    queue.current.push(...items)
    void drain()
  }
  const retry = (p: Pending) => {
    patch(p.key, { state: 'waiting', error: undefined })
    queue.current.push({ ...p, state: 'waiting' })
    void drain()
  }

  const failed = pending.find((p) => p.state === 'failed')
  return (
    <View>
      <View className='ct-photos'>
        {refs.map((ref, i) => (
          <View key={ref} className='ct-photo'>
            <Image className='ct-photo__img' src={photoUrl(ref)} mode='aspectFill' aria-hidden='true' />
            <View className='ct-photo__remove' role='button' aria-label={`删除第${i + 1}张照片`} onClick={() => onRemove(ref)}>
              <Text aria-hidden='true'>×</Text>
            </View>
          </View>
        ))}
        {pending.map((p) => (
          <View key={p.key} className='ct-photo'>
            <Image className='ct-photo__img ct-photo__img--dim' src={p.photo.path} mode='aspectFill' aria-hidden='true' />
            {p.state === 'failed' ? (
              <View className='ct-photo__state ct-photo__state--failed' role='button' onClick={() => retry(p)}>
                <Text>没传上</Text>
                <Text>点我重试</Text>
              </View>
            ) : (
              <View className='ct-photo__state' aria-live='polite'>
                <Text>{p.state === 'uploading' ? '上传中…' : '等待上传'}</Text>
              </View>
            )}
            {p.state === 'failed' ? (
              <View className='ct-photo__remove' role='button' aria-label='不要这张照片' onClick={() => patch(p.key, null)}>
                <Text aria-hidden='true'>×</Text>
              </View>
            ) : null}
          </View>
        ))}
        {room > 0 ? (
          isH5 ? (
            <View className='ct-photo ct-photo--add'>
              <Text className='ct-photo__plus' aria-hidden='true'>
                +
              </Text>
              <Text className='ct-photo__add-text' aria-hidden='true'>
                {addText}
              </Text>
              <input
                className='ct-file-overlay'
                type='file'
                accept='image/*'
                multiple={room > 1}
                aria-label={addLabel}
                title={addLabel}
                onChange={(e) => {
                  const input = e.currentTarget
                  if (input.files && input.files.length) add(pickedFromFiles(input.files, room))
                  input.value = ''
                }}
              />
            </View>
          ) : (
            <View
              className='ct-photo ct-photo--add'
              role='button'
              aria-label={addLabel}
              onClick={() => {
                void choosePhotos(room).then(add)
              }}
            >
              <Text className='ct-photo__plus' aria-hidden='true'>
                +
              </Text>
              <Text className='ct-photo__add-text'>{addText}</Text>
            </View>
          )
        ) : null}
      </View>
      <Text className='ct-muted ct-block'>
        {busy ? `照片上传中，还剩 ${pending.filter((p) => p.state !== 'failed').length} 张` : `已添加 ${refs.length} 张，最多 ${max} 张`}
      </Text>
      {failed?.error ? <Text className='ct-field-error'>{failed.error}</Text> : null}
      <FieldError message={error} />
    </View>
  )
}
