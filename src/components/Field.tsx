import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import FieldError from './FieldError'
import './Field.scss'

/**
 * A labelled form row with a hint and room for its error. A label or hint
 * standing on its own (above a list of options in a sheet) takes the same
 * classes, ct-field__label and ct-field__hint, and imports this stylesheet.
 */
export default function Field(props: { label: string; hint?: string; error?: string; children: ReactNode }) {
  const { label, hint, error, children } = props
  return (
    <View className='ct-field'>
      <Text className='ct-field__label'>{label}</Text>
      {hint ? <Text className='ct-muted ct-block ct-field__hint'>{hint}</Text> : null}
      {children}
      <FieldError message={error} />
    </View>
  )
}
