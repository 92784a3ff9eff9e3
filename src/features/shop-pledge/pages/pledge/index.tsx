import { Picker, Text, View } from '@tarojs/components'
import ForChildren from '../../../../components/ForChildren'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import Input from '../../../../components/nut/input'
import Checkbox from '../../../../components/nut/checkbox'
import { useIsChild } from '../../../../hooks/useIsChild'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { ROUTES, go } from '../../../../lib/routes'
import Field from '../../components/Field'
import SixDuties from '../../components/SixDuties'
import { usePledgeForm } from '../../hooks/usePledgeForm'
import type { PledgeText } from '../../api/types'
import '../shop.scss'

export const SHOP_FOR_GROWN_UPS = '门前六包由店主来签'

export function PledgeScreen() {
  const isChild = useIsChild()
  const f = usePledgeForm()
  usePullRefresh(() => Promise.all([f.text.reload(), f.communities.reload()]))
  const d = f.draft.value
  const communities = f.communities.data ?? []
  const idx = communities.findIndex((c) => String(c.id) === String(d.communityId))

  if (isChild) {
    return (
      <Page>
        <ForChildren title={SHOP_FOR_GROWN_UPS} why='门前六包是店铺对门口卫生、秩序和绿化的承诺，要由开店的大人来签。' />
      </Page>
    )
  }

  if (f.result) {
    return (
      <Page>
        <View className='ct-card sp-result'>
          <Text className='sp-result__ok'>✓</Text>
          <Text className='ct-h1 ct-block ct-mt'>{f.result.alreadySigned ? '这家店已经承诺过了' : '承诺成功'}</Text>
          <Text className='sp-result__no'>{`第 ${f.result.signerNo} 家承诺商户`}</Text>
          <Text className='ct-muted ct-block ct-mt-xs'>感谢您守好家门口这一段街。</Text>
          <Button className='ct-btn ct-mt-lg' type='primary' onClick={() => go(ROUTES.myShops)}>
            查看我的店铺
          </Button>
          <Button className='ct-btn ct-mt' type='default' onClick={f.reset}>
            再签一家店
          </Button>
        </View>
      </Page>
    )
  }

  return (
    <Page>
      <RemoteView<PledgeText> remote={f.text} rows={3} isEmpty={() => false}>
        {(t) => (
          <View>
            <View className='sp-head'>
              <Text className='ct-h1 ct-block'>{t.title}</Text>
              <Text className='ct-muted ct-block ct-mt-xs'>{`已有 ${t.signerCount} 家商户承诺`}</Text>
            </View>
            <View className='ct-card'>
              {t.preamble ? <Text className='ct-text ct-block'>{t.preamble}</Text> : null}
              <SixDuties articles={t.articles} />
            </View>

            <Text className='ct-section-title'>店铺信息</Text>
            <View className='ct-card'>
              <Field label='店铺名称' error={f.errors.shopName}>
                <Input
                  value={d.shopName}
                  placeholder='例如：老王早餐店'
                  maxLength={40}
                  onChange={(v: string) => f.setField('shopName', v)}
                />
              </Field>
              <Field label='店铺地址' error={f.errors.address}>
                <Input
                  value={d.address}
                  placeholder='街道和门牌号'
                  maxLength={80}
                  onChange={(v: string) => f.setField('address', v)}
                />
              </Field>
              <Field label='所在社区' error={f.errors.communityId}>
                <Picker
                  className='sp-picker-host'
                  mode='selector'
                  range={communities.map((c) => c.name)}
                  value={idx < 0 ? 0 : idx}
                  onChange={(e) => {
                    const c = communities[Number(e.detail.value)]
                    if (c) f.setField('communityId', c.id)
                  }}
                >
                  <View className={`sp-picker ${idx < 0 ? 'sp-picker--empty' : ''}`}>
                    <Text>
                      {idx >= 0
                        ? communities[idx].name
                        : f.communities.status === 'loading'
                          ? '正在加载社区…'
                          : f.communities.status === 'error'
                            ? '社区没加载出来，下拉刷新重试'
                            : '点这里选择社区'}
                    </Text>
                    <Text className='ct-chevron'>›</Text>
                  </View>
                </Picker>
              </Field>
              <Field label='联系电话' error={f.errors.contactPhone}>
                <Input
                  value={d.contactPhone}
                  type='number'
                  placeholder='方便社区联系您'
                  maxLength={13}
                  onChange={(v: string) => f.setField('contactPhone', v)}
                />
              </Field>
              <View className='sp-accept'>
                <Checkbox checked={d.accepted} onChange={(v: boolean) => f.setField('accepted', v)}>
                  我已阅读并承诺
                </Checkbox>
                {f.errors.accepted ? <Text className='ct-field-error'>{f.errors.accepted}</Text> : null}
              </View>
              <Button
                className='ct-btn ct-mt'
                type='primary'
                size='large'
                loading={f.submitting}
                onClick={() => void f.submit()}
              >
                签署承诺
              </Button>
            </View>
            <View className='ct-links'>
              <View className='ct-link' role='link' onClick={() => go(ROUTES.myShops)}>
                查看我的店铺
              </View>
            </View>
          </View>
        )}
      </RemoteView>
    </Page>
  )
}

export default function PledgePage() {
  return <PledgeScreen />
}
