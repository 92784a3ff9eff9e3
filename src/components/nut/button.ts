// NutUI Button, imported on its own with its own stylesheet (the full NutUI CSS costs 255 KB).
import Button from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'

export default Button
