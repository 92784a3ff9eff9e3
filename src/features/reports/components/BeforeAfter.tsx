import { Image, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { photoUrl } from '../../../lib/files'
import './BeforeAfter.scss'

function Shot({ refOf, label }: { refOf: string | null; label: string }) {
  const url = refOf ? photoUrl(refOf) : ''
  return (
    <View className='rp-ba__side'>
      {url ? (
        <View role='button' aria-label={`${label}照片，点开看大图`} onClick={() => void Taro.previewImage({ urls: [url] }).catch(() => undefined)}>
          <Image className='rp-ba__img' src={url} mode='aspectFill' lazyLoad aria-hidden='true' />
        </View>
      ) : (
        <View className='rp-ba__img rp-ba__none'>
          <Text className='ct-muted'>没有照片</Text>
        </View>
      )}
      <Text className={`rp-ba__label ${label === '整改后' ? 'rp-ba__label--after' : ''}`}>{label}</Text>
    </View>
  )
}

/** 整改晒单: the reporter's photo before and the handler's photo after, side by side; a tap opens either full screen. */
export default function BeforeAfter({ before, after }: { before: string | null; after: string | null }) {
  return (
    <View className='rp-ba'>
      <Shot refOf={before} label='整改前' />
      <Shot refOf={after} label='整改后' />
    </View>
  )
}
