// NutUI Switch, imported on its own with its own stylesheet (the full NutUI CSS costs 255 KB).
import Switch from '@nutui/nutui-react-taro/dist/es/packages/switch/index'
import '@nutui/nutui-react-taro/dist/es/packages/switch/style/css'

export default Switch
