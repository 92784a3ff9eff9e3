import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import Page from '../../../../components/Page'
import Button from '../../../../components/nut/button'
import Input from '../../../../components/nut/input'
import { ROUTES, go } from '../../../../lib/routes'
import Field from '../../../../components/Field'
import { CODE_LENGTH } from '../../hooks/rules'
import { useConsent } from '../../hooks/useConsent'
import type { ConsentResult } from '../../api/types'
import '../good-people.scss'

export const AGREE_MEANS = '社区工作人员审核通过后，您的姓名、事迹和照片会在“身边好人”公开展示，大家可以为您点赞。您的电话不会公开。'
export const DECLINE_MEANS = '这条推荐不会公开，推荐人会收到通知。'

function Answered({ r }: { r: ConsentResult }) {
  const agreed = r.status !== 'declined'
  return (
    <View className='ct-card' role='status'>
      <View className='gp-done'>
        <Text className='gp-done__mark' aria-hidden='true'>
          {agreed ? '✓' : '○'}
        </Text>
        <Text className='ct-h1 ct-block'>{agreed ? '已同意公开' : '已婉拒'}</Text>
      </View>
      <Text className='ct-text ct-block ct-mt'>
        {agreed
          ? `推荐${r.nomineeName}的事迹已提交审核。审核通过后会在“身边好人”展示，谢谢您！`
          : `推荐${r.nomineeName}的事迹不会公开。谢谢您的善意。`}
      </Text>
      <Button className='ct-btn ct-mt' type='primary' onClick={() => go(ROUTES.goodPeople)}>
        看看身边好人
      </Button>
      <Button className='ct-btn ct-mt' type='default' onClick={() => void Taro.switchTab({ url: ROUTES.home }).catch(() => undefined)}>
        回到首页
      </Button>
    </View>
  )
}

export function ConsentScreen({ initialCode }: { initialCode?: string }) {
  const c = useConsent(initialCode)
  return (
    <Page>
      <View className='gp-head'>
        <Text className='ct-h1 ct-block'>确认推荐</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>有人把您（或您的孩子）推荐为身边好人。请输入推荐人告诉您的确认码，由您决定是否公开。</Text>
      </View>
      {c.result ? (
        <Answered r={c.result} />
      ) : (
        <View>
          <View className='ct-card'>
            <Field label='确认码' hint={`${CODE_LENGTH}位字母和数字，不分大小写`} error={c.error}>
              <View className={`ct-box gp-code__input ${c.error ? 'ct-box--error' : ''}`}>
                <Input
                  value={c.code}
                  placeholder='请输入确认码'
                  maxLength={CODE_LENGTH + 4}
                  aria-label='确认码'
                  onChange={(v: string) => c.setCode(v)}
                />
              </View>
            </Field>
          </View>
          {c.found ? (
            <View className='ct-card' role='status'>
              <Text className='ct-title ct-block'>
                推荐的是：{c.found.nomineeName}（{c.found.categoryName}）
              </Text>
              <Text className='ct-text ct-block ct-mt-xs'>{c.found.story}</Text>
              {c.found.answered ? <Text className='ct-muted ct-block ct-mt-xs'>这条推荐已经确认过了。</Text> : null}
            </View>
          ) : null}
          <View className='ct-card'>
            <Text className='ct-title ct-block'>同意后会怎样</Text>
            <View className='ct-mt-xs'>
              <Text className='ct-text gp-strong'>同意公开：</Text>
              <Text className='ct-text'>{AGREE_MEANS}</Text>
            </View>
            <View className='ct-mt-xs'>
              <Text className='ct-text gp-strong'>婉拒：</Text>
              <Text className='ct-text'>{DECLINE_MEANS}</Text>
            </View>
            <Text className='ct-muted ct-block ct-mt-xs'>推荐的是孩子（新时代好少年）的，请由家长来确认。</Text>
          </View>
          <Button className='ct-btn ct-mt' type='primary' size='large' loading={c.busy} onClick={c.agree}>
            同意公开
          </Button>
          <Button className='ct-btn ct-mt' type='default' disabled={c.busy} onClick={() => void c.decline()}>
            婉拒
          </Button>
        </View>
      )}
    </Page>
  )
}

export default function ConsentPage() {
  const { params } = useRouter()
  return <ConsentScreen initialCode={params.code} />
}
