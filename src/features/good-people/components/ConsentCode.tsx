import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Button from '../../../components/nut/button'
import { toastOk } from '../../../lib/feedback'
import { spacedCode } from '../hooks/rules'

/**
 * Said whether or not the nominee uses the app (the server gives the code in both cases and never
 * tells the nominator which): the nominee may answer in 消息, or with the code.
 */
export const CODE_EXPLAINED =
  '被推荐人可以在小程序消息里确认，或用确认码确认：请把确认码告诉对方，对方打开文明共建 → 我的 → 输入确认码。同意后才会提交审核。对方没有微信的，社区工作人员会上门或电话确认。'

/** The same for a child nominee (新时代好少年): their parent answers. */
export const CHILD_CODE_EXPLAINED =
  '孩子的家长可以在小程序消息里确认，或用确认码确认：请把确认码告诉家长，家长打开文明共建 → 我的 → 输入确认码。家长同意后才会提交审核。家长没有微信的，社区工作人员会上门或电话确认。'

export const CODE_ONCE = '确认码只显示这一次，离开这个页面就看不到了，请先抄下来或复制。'

const isWeapp = process.env.TARO_ENV === 'weapp'

function copy(code: string) {
  Taro.setClipboardData({ data: code })
    .then(() => toastOk('确认码已复制'))
    .catch(() => undefined)
}

/** After 推荐: the 8-character consent code, big and clear, with what to do with it. */
export default function ConsentCode(props: { code: string; nomineeName: string; forChild: boolean; onMine: () => void; onAgain: () => void }) {
  const { code, nomineeName, forChild, onMine, onAgain } = props
  return (
    <View>
      <View className='ct-card'>
        <View className='gp-done'>
          <Text className='gp-done__mark' aria-hidden='true'>
            ✓
          </Text>
          <Text className='ct-h1 ct-block'>推荐已提交</Text>
          <Text className='ct-muted ct-block ct-mt-xs'>{`谢谢您发现身边的好人${nomineeName}`}</Text>
        </View>
        <Text className='ct-title ct-block ct-mt'>{forChild ? `请把确认码告诉${nomineeName}的家长` : `请把确认码告诉${nomineeName}`}</Text>
        <View className='gp-code' role='group' aria-label='确认码'>
          <Text className='gp-code__value' aria-label={`确认码 ${code.split('').join(' ')}`}>
            {spacedCode(code)}
          </Text>
        </View>
        <Text className='ct-text ct-block'>{forChild ? CHILD_CODE_EXPLAINED : CODE_EXPLAINED}</Text>
        <View className='gp-notice ct-mt' role='note'>
          <Text className='ct-text'>{CODE_ONCE}</Text>
        </View>
        <Button className='ct-btn ct-mt' type='primary' size='large' onClick={() => copy(code)}>
          复制确认码
        </Button>
        {isWeapp ? (
          <Button className='ct-btn ct-mt' type='primary' fill='outline' openType='share'>
            {forChild ? '微信发给家长' : '微信发给对方'}
          </Button>
        ) : null}
      </View>
      <Button className='ct-btn ct-mt' type='default' onClick={onMine}>
        看我推荐的好人
      </Button>
      <View className='ct-links'>
        <View className='ct-link' role='button' onClick={onAgain}>
          再推荐一位
        </View>
      </View>
    </View>
  )
}
