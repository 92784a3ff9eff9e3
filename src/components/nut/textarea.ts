// NutUI TextArea, imported on its own with its own stylesheet (the full NutUI CSS costs 255 KB).
import TextArea from '@nutui/nutui-react-taro/dist/es/packages/textarea/index'
import '@nutui/nutui-react-taro/dist/es/packages/textarea/style/css'

export default TextArea
