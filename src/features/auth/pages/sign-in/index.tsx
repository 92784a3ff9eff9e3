import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import { ROUTES } from '../../../../lib/routes'
import type { DemoPerson } from '../../../../lib/cloud'
import PersonCard from '../../components/PersonCard'
import { useSignIn } from '../../hooks/useSignIn'
import './index.scss'

export function SignInScreen() {
  const { cloud, people, signInAs, busy } = useSignIn()

  if (cloud) {
    return (
      <Page>
        <View className='ct-card'>
          <Text className='ct-h1 ct-block'>在微信里无需登录</Text>
          <Text className='ct-text ct-block ct-mt'>
            文明共建会通过微信自动认出您，不需要输入账号和密码。您的姓名、住址只用于本县的创文工作。
          </Text>
          <Button className='ct-btn ct-mt-lg' type='primary' onClick={() => Taro.switchTab({ url: ROUTES.home })}>
            回到首页
          </Button>
        </View>
        <View className='ct-card'>
          <Text className='ct-title ct-block'>创文办或社区请您任职？</Text>
          <Text className='ct-text ct-block ct-mt-xs'>用他们给您的6位邀请码或邀请卡片接受职务。新建的县，第一位管理员也从这里用认领码进入。</Text>
          <Button className='ct-btn ct-mt' type='default' onClick={() => Taro.navigateTo({ url: ROUTES.invitationAccept })}>
            输入邀请码
          </Button>
        </View>
        <LegalLinks />
      </Page>
    )
  }

  return (
    <Page>
      <View className='auth-intro'>
        <Text className='ct-h1 ct-block'>选择一位体验者</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>这是演示县的居民、楼长和工作人员。点一位，就以他的身份进入。</Text>
      </View>
      <RemoteView<DemoPerson[]>
        remote={people}
        rows={4}
        empty={{ title: '还没有体验者', hint: '请先准备演示数据，再回到这里刷新' }}
      >
        {(list) => (
          <View>
            {list.map((p) => (
              <PersonCard key={p.key} person={p} disabled={busy} onPick={() => void signInAs(p)} />
            ))}
          </View>
        )}
      </RemoteView>
      <LegalLinks />
    </Page>
  )
}

/** Readable before anything else: what the app collects and the terms of using it. */
function LegalLinks() {
  return (
    <View className='ct-btn-row ct-mt'>
      <Button className='ct-btn' fill='none' onClick={() => void Taro.navigateTo({ url: ROUTES.privacyPolicy })}>
        隐私保护指引
      </Button>
      <Button className='ct-btn' fill='none' onClick={() => void Taro.navigateTo({ url: ROUTES.terms })}>
        用户协议
      </Button>
    </View>
  )
}

export default function SignInPage() {
  return <SignInScreen />
}
