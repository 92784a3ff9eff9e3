import { Text, View } from '@tarojs/components'

/** A form's error in red, read out as soon as it appears; nothing when there is none. */
export default function FieldError({ message }: { message?: string }) {
  if (!message) return null
  return (
    <View role='alert'>
      <Text className='ct-field-error'>{message}</Text>
    </View>
  )
}
