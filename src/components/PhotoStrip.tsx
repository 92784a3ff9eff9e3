import { Image, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { photoUrl } from '../lib/files'
import './PhotoStrip.scss'

/** Photos in a row of thumbnails; a tap opens them full screen. */
export default function PhotoStrip({ refs, label }: { refs: string[]; label: string }) {
  if (!refs.length) return null
  const urls = refs.map(photoUrl)
  return (
    <View className='ct-photos'>
      {urls.map((u, i) => (
        <View
          key={`${refs[i]}-${i}`}
          className='ct-photo'
          role='button'
          aria-label={`${label}第${i + 1}张，共${urls.length}张，点开看大图`}
          onClick={() => void Taro.previewImage({ urls, current: u }).catch(() => undefined)}
        >
          <Image className='ct-photo__img' src={u} mode='aspectFill' lazyLoad aria-hidden='true' />
        </View>
      ))}
    </View>
  )
}
