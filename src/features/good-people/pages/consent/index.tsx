import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import Page from '../../../../components/Page'
import Button from '../../../../components/nut/button'
import Input from '../../../../components/nut/input'
import { ROUTES, go } from '../../../../lib/routes'
import Field from '../../../../components/Field'
import { CODE_LENGTH } from '../../hooks/rules'
import { useConsent } from '../../hooks/useConsent'
import { useConsentRequest } from '../../hooks/useConsentRequest'
import RemoteView from '../../../../components/RemoteView'
import PhotoStrip from '../../../../components/PhotoStrip'
import type { ConsentRequest, ConsentResult, Id } from '../../api/types'
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

function WhatAgreeingMeans({ note }: { note?: string }) {
  return (
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
      {note ? <Text className='ct-muted ct-block ct-mt-xs'>{note}</Text> : null}
    </View>
  )
}

/** The request's state once it is no longer waiting: the person's own answer, or that it was settled another way. */
function settledLine(r: ConsentRequest): string {
  if (r.myAnswer === 'agreed') return '您已经同意公开了，谢谢您！社区工作人员审核后会在“身边好人”展示。'
  if (r.myAnswer === 'declined') return '您已经婉拒了，这条推荐不会公开。'
  return '这条推荐已经确认过了，不用再操作。'
}

/**
 * Opened from 消息 (有人推荐您为身边好人): the person asked — the nominee, or a
 * child nominee's parent — reads what would be published and answers here,
 * with no code to type.
 */
export function ConsentRequestScreen({ goodPersonId }: { goodPersonId: Id }) {
  const c = useConsentRequest(goodPersonId)
  return (
    <Page>
      <View className='gp-head'>
        <Text className='ct-h1 ct-block'>确认推荐</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>有位热心人把您（或您的孩子）推荐为身边好人。请看看推荐的内容，由您决定是否公开。</Text>
      </View>
      {c.result ? (
        <Answered r={c.result} />
      ) : (
        <RemoteView<ConsentRequest> remote={c.request} rows={3} isEmpty={() => false}>
          {(r) => (
            <View>
              <View className='ct-card'>
                <Text className='ct-title ct-block'>
                  {r.asGuardian ? `推荐的是您的孩子：${r.nomineeName}` : `推荐的是：${r.nomineeName}`}
                </Text>
                <Text className='ct-tag ct-tag--red ct-mt-xs'>{r.categoryName}</Text>
                <PhotoStrip refs={r.photos} label='事迹照片' />
                <Text className='ct-text ct-block gp-story'>{r.story}</Text>
              </View>
              {r.waiting ? (
                <View>
                  <WhatAgreeingMeans />
                  {c.error ? (
                    <View role='alert'>
                      <Text className='ct-field-error'>{c.error}</Text>
                    </View>
                  ) : null}
                  <Button className='ct-btn ct-mt' type='primary' size='large' loading={c.busy} onClick={c.agree}>
                    同意公开
                  </Button>
                  <Button className='ct-btn ct-mt' type='default' disabled={c.busy} onClick={() => void c.decline()}>
                    婉拒
                  </Button>
                </View>
              ) : (
                <View className='ct-card gp-notice gp-notice--info' role='status'>
                  <Text className='ct-text'>{settledLine(r)}</Text>
                </View>
              )}
              <Button className='ct-btn ct-mt' type='default' onClick={() => void Taro.switchTab({ url: ROUTES.home }).catch(() => undefined)}>
                回到首页
              </Button>
            </View>
          )}
        </RemoteView>
      )}
    </Page>
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
          <WhatAgreeingMeans note='推荐的是孩子（新时代好少年）的，请由家长来确认。' />
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

/** From 消息 the page opens with the nomination's id; from a share card or 我的, with (or to type) the code. */
export default function ConsentPage() {
  const { params } = useRouter()
  if (params.id) return <ConsentRequestScreen goodPersonId={params.id} />
  return <ConsentScreen initialCode={params.code} />
}
