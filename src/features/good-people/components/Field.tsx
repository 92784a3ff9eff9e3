import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'

/** A labelled form row with a hint and room for its error. */
export default function Field(props: { label: string; hint?: string; error?: string; children: ReactNode }) {
  const { label, hint, error, children } = props
  return (
    <View className='gp-field'>
      <Text className='gp-field__label'>{label}</Text>
      {hint ? <Text className='ct-muted ct-block gp-field__hint'>{hint}</Text> : null}
      {children}
      {error ? (
        <View role='alert'>
          <Text className='ct-field-error'>{error}</Text>
        </View>
      ) : null}
    </View>
  )
}
