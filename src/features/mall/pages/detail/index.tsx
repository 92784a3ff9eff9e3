import { Image, Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import BrokenLink from '../../../../components/BrokenLink'
import ForChildren from '../../../../components/ForChildren'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Sheet from '../../../../components/Sheet'
import Button from '../../../../components/nut/button'
import { useAction } from '../../../../hooks/useAction'
import { useRemote } from '../../../../hooks/useRemote'
import { toastOk } from '../../../../lib/feedback'
import { photoUrl } from '../../../../lib/files'
import { ROUTES, go } from '../../../../lib/routes'
import { getReward } from '../../api/getReward'
import { redeem } from '../../api/redeem'
import type { RewardView } from '../../api/types'
import { dayText } from '../../words'
import '../../mall.scss'

export const CHILD_WHY = '积分兑换要花掉家里攒的积分，请爸爸妈妈用他们的微信来兑换。'

/** A reward, and 兑换 after one confirmation (a destructive action asks once). */
export function RewardScreen({ rewardId }: { rewardId: string }) {
  const remote = useRemote(() => getReward(rewardId), [rewardId])
  const [asking, setAsking] = useState(false)
  const act = useAction(
    async () => {
      await redeem(rewardId)
      setAsking(false)
      toastOk('兑换成功')
      go(ROUTES.mallMine)
    },
    { toastOnError: false },
  )
  return (
    <Page>
      <RemoteView<RewardView> remote={remote} rows={4} isEmpty={() => false}>
        {(r) =>
          r.cannotRedeem === '积分兑换要请家长来办' ? (
            <ForChildren title='积分兑换请家长来办' why={CHILD_WHY} />
          ) : (
            <View>
              {r.photo ? <Image className='mall-photo' src={photoUrl(r.photo)} mode='aspectFill' aria-label={r.name} /> : null}
              <View className='ct-card'>
                <Text className='ct-title ct-block'>{r.name}</Text>
                <Text className='mall-price ct-block ct-mt-xs'>{r.price}积分</Text>
                <Text className='ct-text ct-block ct-mt-xs'>{r.description}</Text>
                {r.partner ? <Text className='ct-muted ct-block ct-mt-xs'>公益合伙人：{r.partner}</Text> : null}
                <Text className='ct-muted ct-block ct-mt-xs'>{`领取地点：${r.stationName}${r.stationAddress ? `（${r.stationAddress}）` : ''}`}</Text>
                <Text className='ct-muted ct-block ct-mt-xs'>{`还剩${r.stock}件 · 每人限兑${r.perPersonLimit}件 · 兑换后${r.pickupDays}天内领取`}</Text>
                {r.endsAt ? <Text className='ct-muted ct-block ct-mt-xs'>{`${dayText(r.endsAt)}截止兑换`}</Text> : null}
                <Text className='ct-text ct-block ct-mt'>{`我的积分：${r.balance}`}</Text>
              </View>
              {r.cannotRedeem ? (
                <View className='ct-card' role='note'>
                  <Text className='ct-text'>{r.cannotRedeem}</Text>
                </View>
              ) : (
                <Button className='ct-btn ct-mt' type='primary' onClick={() => setAsking(true)}>
                  兑换
                </Button>
              )}
              {asking ? (
                <Sheet
                  title='兑换这件礼品？'
                  hint={`用${r.price}积分兑换「${r.name}」？兑换后到${r.stationName}出示取货码领取。`}
                  confirmText='确认兑换'
                  cancelText='再想想'
                  busy={act.busy}
                  error={act.error?.message}
                  onCancel={() => setAsking(false)}
                  onConfirm={() => void act.run()}
                />
              ) : null}
            </View>
          )
        }
      </RemoteView>
    </Page>
  )
}

export default function RewardPage() {
  const { params } = useRouter()
  if (!params.id) return <BrokenLink />
  return <RewardScreen rewardId={params.id} />
}
