import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'

/** A labelled form row with room for its error. */
export default function Field({ label, error, children }: { label: string; error?: string; children: ReactNode }) {
  return (
    <View className='sp-field'>
      <Text className='sp-field__label'>{label}</Text>
      <View className={`sp-field__box ${error ? 'sp-field__box--error' : ''}`}>{children}</View>
      {error ? <Text className='ct-field-error'>{error}</Text> : null}
    </View>
  )
}
