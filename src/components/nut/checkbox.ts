// NutUI Checkbox, imported on its own with its own stylesheet (the full NutUI CSS costs 255 KB).
import Checkbox from '@nutui/nutui-react-taro/dist/es/packages/checkbox/index'
import '@nutui/nutui-react-taro/dist/es/packages/checkbox/style/css'

export default Checkbox
