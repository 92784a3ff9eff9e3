// NutUI Input, imported on its own with its own stylesheet (the full NutUI CSS costs 255 KB).
import Input from '@nutui/nutui-react-taro/dist/es/packages/input/index'
import '@nutui/nutui-react-taro/dist/es/packages/input/style/css'

export default Input
