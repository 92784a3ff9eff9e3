import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useRef } from 'react'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import { useRemote } from '../../../../hooks/useRemote'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { ROUTES, go } from '../../../../lib/routes'
import { formatWhen } from '../../../../lib/time'
import { listMyShops } from '../../api/listMyShops'
import type { MyShop } from '../../api/types'
import '../shop.scss'

export function MyShopsScreen() {
  const shops = useRemote<MyShop[]>(listMyShops)
  usePullRefresh(shops.reload)
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) void shops.reload()
    shown.current = true
  })
  return (
    <Page>
      <View className='sp-head'>
        <Text className='ct-h1 ct-block'>我的店铺</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>签过门前六包的店铺都在这里</Text>
      </View>
      <RemoteView<MyShop[]>
        remote={shops}
        rows={2}
        empty={{
          title: '还没有店铺签署门前六包',
          hint: '开店的话，花一分钟签下门前六包承诺吧',
          actionText: '去签署',
          onAction: () => go(ROUTES.shopPledge),
        }}
      >
        {(list) => (
          <View>
            {list.map((s) => (
              <View key={s.shopId} className='ct-card'>
                <View className='ct-spread'>
                  <Text className='ct-title'>{s.shopName}</Text>
                  {s.current ? (
                    <Text className='ct-tag ct-tag--green'>承诺有效</Text>
                  ) : (
                    <Text className='ct-tag ct-tag--red'>条款已更新</Text>
                  )}
                </View>
                <Text className='ct-muted ct-block ct-mt-xs'>{`${s.communityName} · ${s.address}`}</Text>
                <Text className='ct-muted ct-block'>{`第 ${s.signerNo} 家承诺商户 · 第 ${s.version} 版 · ${formatWhen(s.pledgedAt)}签署`}</Text>
                {!s.current ? (
                  <Button className='ct-btn ct-mt' type='primary' onClick={() => go(ROUTES.shopPledge)}>
                    签署新版本
                  </Button>
                ) : null}
              </View>
            ))}
            <Button className='ct-btn ct-mt' type='default' onClick={() => go(ROUTES.shopPledge)}>
              再签一家店
            </Button>
          </View>
        )}
      </RemoteView>
    </Page>
  )
}

export default function MyShopsPage() {
  return <MyShopsScreen />
}
