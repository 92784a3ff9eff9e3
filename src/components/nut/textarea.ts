// NutUI TextArea, imported on its own with its own stylesheet (the full NutUI CSS costs 255 KB).
// Without a placeholder NutUI writes its generic "请输入内容"; ours never does: every field
// says what to write (test/ui/placeholders.test.tsx), and a forgotten one shows nothing.
import { createElement, type ComponentProps } from 'react'
import NutTextArea from '@nutui/nutui-react-taro/dist/es/packages/textarea/index'
import '@nutui/nutui-react-taro/dist/es/packages/textarea/style/css'

export default function TextArea(props: ComponentProps<typeof NutTextArea>) {
  return createElement(NutTextArea, { ...props, placeholder: props.placeholder ?? '' })
}
