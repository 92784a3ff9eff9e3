// NutUI Input, imported on its own with its own stylesheet (the full NutUI CSS costs 255 KB).
// Without a placeholder NutUI writes its generic "请输入内容"; ours never does: every field
// says what to write (test/ui/placeholders.test.tsx), and a forgotten one shows nothing.
import { createElement, type ComponentProps } from 'react'
import NutInput from '@nutui/nutui-react-taro/dist/es/packages/input/index'
import '@nutui/nutui-react-taro/dist/es/packages/input/style/css'

export default function Input(props: ComponentProps<typeof NutInput>) {
  return createElement(NutInput, { ...props, placeholder: props.placeholder ?? '' })
}
