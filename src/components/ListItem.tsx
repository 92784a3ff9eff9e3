import { Image, Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'

/** A tappable row in a white card: icon, title, note, chevron. At least 44px tall. */
export default function ListItem(props: {
  title: ReactNode
  note?: ReactNode
  extra?: ReactNode
  icon?: string
  onClick?: () => void
  className?: string
}) {
  const { title, note, extra, icon, onClick, className } = props
  return (
    <View
      className={`ct-card ct-card--tap ct-spread ${className ?? ''}`}
      onClick={onClick}
      role={onClick ? 'button' : undefined}
      hoverClass='none'
    >
      <View className='ct-row ct-grow'>
        {icon ? <Image className='ct-list-icon' src={icon} aria-hidden='true' /> : null}
        <View className='ct-grow'>
          <Text className='ct-title ct-block'>{title}</Text>
          {note ? <Text className='ct-muted ct-block ct-mt-xs'>{note}</Text> : null}
        </View>
      </View>
      {extra}
      {onClick ? <Text className='ct-chevron'>›</Text> : null}
    </View>
  )
}
