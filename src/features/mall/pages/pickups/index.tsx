import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import Field from '../../../../components/Field'
import ListItem from '../../../../components/ListItem'
import Page from '../../../../components/Page'
import ReasonSheet from '../../../../components/ReasonSheet'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import Input from '../../../../components/nut/input'
import { useAction } from '../../../../hooks/useAction'
import { useRemote } from '../../../../hooks/useRemote'
import { toastOk } from '../../../../lib/feedback'
import { cancelRedemption } from '../../api/cancelRedemption'
import { getWaiting } from '../../api/getWaiting'
import { handOver } from '../../api/handOver'
import { markDelivery } from '../../api/markDelivery'
import type { StationRedemption } from '../../api/types'
import { useStation } from '../../hooks/useStation'
import { CANCEL_REASONS, dayText } from '../../words'
import '../../mall.scss'

/** 核销 and the station's 待领取: type the six digits or scan the QR; 送上门 for housebound residents; cancel with a reason. */
export default function PickupsPage() {
  const { stations, stationId, choose } = useStation()
  const waiting = useRemote(() => (stationId ? getWaiting(stationId) : Promise.resolve([])), [stationId])
  const [code, setCode] = useState('')
  const [cancelling, setCancelling] = useState<StationRedemption | null>(null)
  const give = useAction(
    async (text: string) => {
      const done = await handOver(stationId, text)
      setCode('')
      toastOk(`已核销：${done.rewardName}`)
      await waiting.reload()
    },
    { toastOnError: false },
  )
  const scan = async () => {
    const r = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] }).catch(() => null)
    if (r?.result) await give.run(r.result)
  }
  const deliver = useAction(async (d: StationRedemption) => {
    await markDelivery(d.id, !d.delivery)
    await waiting.reload()
  })
  const cancel = useAction(
    async (reason: string) => {
      await cancelRedemption(cancelling!.id, reason)
      setCancelling(null)
      toastOk('已取消，积分已退回')
      await waiting.reload()
    },
    { toastOnError: false },
  )
  return (
    <Page>
      {(stations.data?.length ?? 0) > 1 ? (
        <View className='ct-card'>
          {stations.data!.map((s) => (
            <Button key={s.id} className='ct-btn' type={s.id === stationId ? 'primary' : 'default'} onClick={() => choose(s.id)}>
              {`${s.name}（待领取${s.waiting}）`}
            </Button>
          ))}
        </View>
      ) : null}
      <View className='ct-card'>
        <Field label='取货码' hint='输入居民手机上的6位数字，或扫他们的二维码' error={give.error?.message}>
          <View className={`ct-box ${give.error ? 'ct-box--error' : ''}`}>
            <Input value={code} type='number' maxLength={6} placeholder='6位数字' aria-label='取货码' onChange={(v: string) => setCode(v)} />
          </View>
        </Field>
        <Button className='ct-btn ct-mt' type='primary' loading={give.busy} disabled={code.trim().length !== 6} onClick={() => void give.run(code)}>
          核销
        </Button>
        {process.env.TARO_ENV === 'weapp' ? (
          <Button className='ct-btn ct-mt' type='default' onClick={() => void scan()}>
            扫码核销
          </Button>
        ) : null}
      </View>
      <Text className='ct-section-title'>待领取</Text>
      <RemoteView<StationRedemption[]> remote={waiting} rows={3} empty={{ title: '现在没有待领取的', hint: '居民兑换后会出现在这里。' }}>
        {(list) => (
          <View>
            {list.map((d) => (
              <View key={d.id} className='ct-card'>
                <ListItem title={`${d.rewardName} · ${d.residentName}`} note={`${dayText(d.createdAt)}兑换，${dayText(d.expiresAt)}前领取${d.delivery ? ' · 送上门' : ''}`} />
                {d.deliverTo ? (
                  <View className='mall-deliver'>
                    <Text className='ct-text ct-block'>{`送到：${d.deliverTo.home ?? '还没有绑定住户，请电话联系'}`}</Text>
                    <Text className='ct-text ct-block'>{`找：${d.deliverTo.name}${d.deliverTo.phone ? ` · ${d.deliverTo.phone}` : ''}`}</Text>
                    <Text className='ct-muted ct-block'>到门口请居民出示取货码，核销后再交到居民手上。</Text>
                  </View>
                ) : null}
                <View className='ct-btn-row ct-mt-xs'>
                  <Button className='ct-btn' type='default' loading={deliver.busy} onClick={() => void deliver.run(d)}>
                    {d.delivery ? '改为到站领取' : '送上门'}
                  </Button>
                  <Button className='ct-btn' type='default' onClick={() => setCancelling(d)}>
                    取消兑换
                  </Button>
                </View>
              </View>
            ))}
          </View>
        )}
      </RemoteView>
      {cancelling ? (
        <ReasonSheet
          title='取消这次兑换？'
          hint={`${cancelling.price}积分会退回给居民，物品回到库存，居民会收到消息。`}
          quick={CANCEL_REASONS}
          placeholder='请写明原因，居民会看到'
          confirmText='确认取消'
          busy={cancel.busy}
          error={cancel.error?.message}
          onConfirm={(reason) => void cancel.run(reason)}
          onCancel={() => setCancelling(null)}
        />
      ) : null}
    </Page>
  )
}
