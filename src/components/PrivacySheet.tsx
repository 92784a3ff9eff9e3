import { Button as WxButton, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useSyncExternalStore } from 'react'
import { AGREE_BUTTON_ID, agreeToPrivacy, declinePrivacy, privacyQuestionPending, subscribePrivacyQuestion } from '../lib/privacy-authorization'
import { ROUTES } from '../lib/routes'
import Button from './nut/button'
import './PrivacySheet.scss'

/** WeChat asked for the person's agreement to the privacy guide: the app's own sheet, over the page they are on. */
export default function PrivacySheet() {
  const open = useSyncExternalStore(subscribePrivacyQuestion, privacyQuestionPending, privacyQuestionPending)
  if (!open) return null
  return (
    <View className='ct-privacy' role='dialog' aria-label='用户隐私保护提示'>
      <View className='ct-privacy__panel'>
        <Text className='ct-title ct-block'>用户隐私保护提示</Text>
        <Text className='ct-text ct-block ct-mt-xs'>这一步要用到您的位置、照片或手机号。使用前，请阅读并同意《文明共建隐私保护指引》：我们只为创文工作使用这些信息。</Text>
        <Button className='ct-btn ct-mt' fill='none' onClick={() => void Taro.navigateTo({ url: ROUTES.privacyPolicy })}>
          阅读《隐私保护指引》
        </Button>
        <WxButton id={AGREE_BUTTON_ID} className='ct-privacy__agree' openType='agreePrivacyAuthorization' onAgreePrivacyAuthorization={agreeToPrivacy}>
          同意并继续
        </WxButton>
        <Button className='ct-btn ct-mt' fill='outline' onClick={declinePrivacy}>
          不同意
        </Button>
      </View>
    </View>
  )
}
