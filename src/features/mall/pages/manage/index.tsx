import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import ListItem from '../../../../components/ListItem'
import Page from '../../../../components/Page'
import ReasonSheet from '../../../../components/ReasonSheet'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import Input from '../../../../components/nut/input'
import { useAction } from '../../../../hooks/useAction'
import { useRemote } from '../../../../hooks/useRemote'
import { toastOk } from '../../../../lib/feedback'
import { formatWhen } from '../../../../lib/time'
import { createReward } from '../../api/createReward'
import { getStationRewards } from '../../api/getStationRewards'
import { moveStock } from '../../api/moveStock'
import { updateReward } from '../../api/updateReward'
import type { RewardCard } from '../../api/types'
import RewardForm from '../../components/RewardForm'
import { useStation } from '../../hooks/useStation'
import { ADJUST_REASONS } from '../../words'
import '../../mall.scss'
import FieldError from '../../../../components/FieldError'
import Choices from '../../../../components/Choices'
import type { RewardDraft } from '../../api/createReward'

/** 积分超市 for station staff: list a reward (with a photo), change it, stock in, adjust with a reason, take off the shelf. */
export default function ManageRewardsPage() {
  const { stations, stationId, choose } = useStation()
  const rewards = useRemote(() => (stationId ? getStationRewards(stationId) : Promise.resolve([])), [stationId])
  // the form: closed, listing a new reward ('new'), or changing one
  const [form, setForm] = useState<RewardCard | 'new' | null>(null)
  const [adjusting, setAdjusting] = useState<{ reward: RewardCard; direction: 'less' | 'more'; count: string } | null>(null)
  const [countError, setCountError] = useState('')
  const save = async (input: RewardDraft & { stock?: number }) => {
    if (form === 'new') await createReward(stationId, { ...input, stock: input.stock ?? 0 })
    else if (form) await updateReward(form.id, { ...input, status: form.status })
    toastOk(form === 'new' ? '已上架' : '已保存')
    setForm(null)
    await rewards.reload()
  }
  const stockIn = useAction(async (r: RewardCard, delta: number) => {
    await moveStock(r.id, 'in', delta)
    toastOk(`已入库${delta}件`)
    await rewards.reload()
  })
  const adjust = useAction(
    async (reason: string) => {
      const count = Number(adjusting!.count)
      if (!Number.isInteger(count) || count < 1) {
        setCountError('请写调整几件，至少 1 件')
        return
      }
      await moveStock(adjusting!.reward.id, 'adjusted', adjusting!.direction === 'less' ? -count : count, reason)
      setAdjusting(null)
      toastOk('库存已调整')
      await rewards.reload()
    },
    { toastOnError: false },
  )
  const toggle = useAction(async (r: RewardCard) => {
    // the end date goes along unchanged (one already past is dropped: the reward is then open until taken off again)
    const endsAt = r.endsAt && new Date(r.endsAt).getTime() > Date.now() ? r.endsAt : undefined
    await updateReward(r.id, { kind: r.kind, name: r.name, description: r.description || undefined, partner: r.partner || undefined, photo: r.photo ?? undefined, price: r.price, perPersonLimit: r.perPersonLimit, pickupDays: r.pickupDays, endsAt, status: r.status === 'listed' ? 'withdrawn' : 'listed' })
    await rewards.reload()
  })
  return (
    <Page>
      {(stations.data?.length ?? 0) > 1 ? (
        <View className='ct-card'>
          {stations.data!.map((s) => (
            <Button key={s.id} className='ct-btn' type={s.id === stationId ? 'primary' : 'default'} onClick={() => choose(s.id)}>
              {s.name}
            </Button>
          ))}
        </View>
      ) : null}
      {form ? (
        <RewardForm key={form === 'new' ? 'new' : form.id} editing={form === 'new' ? null : form} onSave={save} onClose={() => setForm(null)} />
      ) : (
        <Button className='ct-btn' type='primary' onClick={() => setForm('new')}>
          上架新礼品
        </Button>
      )}
      <Text className='ct-section-title'>本站礼品</Text>
      <RemoteView<RewardCard[]> remote={rewards} rows={3} empty={{ title: '还没有上架礼品', hint: '点上面的“上架新礼品”，居民就能用积分兑换了。' }}>
        {(list) => (
          <View>
            {list.map((r) => (
              <View key={r.id} className='ct-card'>
                <ListItem title={r.name} note={`${r.kindLabel} · ${r.price}积分 · 库存${r.stock}件${r.endsAt ? ` · ${formatWhen(r.endsAt)}截止` : ''}${r.status === 'withdrawn' ? ' · 已下架' : ''}`} />
                <View className='mall-actions'>
                  <Button className='ct-btn' type='default' onClick={() => setForm(r)}>
                    修改
                  </Button>
                  <Button className='ct-btn' type='default' loading={stockIn.busy} onClick={() => void stockIn.run(r, 10)}>
                    入库10件
                  </Button>
                  <Button className='ct-btn' type='default' onClick={() => (setCountError(''), setAdjusting({ reward: r, direction: 'less', count: '1' }))}>
                    调整库存
                  </Button>
                  <Button className='ct-btn' type='default' loading={toggle.busy} onClick={() => void toggle.run(r)}>
                    {r.status === 'listed' ? '下架' : '重新上架'}
                  </Button>
                </View>
              </View>
            ))}
          </View>
        )}
      </RemoteView>
      {adjusting ? (
        <ReasonSheet
          title={`调整「${adjusting.reward.name}」的库存`}
          hint={`现在库存${adjusting.reward.stock}件。盘点不对、损坏或丢失时调整，会记在库存账上。`}
          quick={ADJUST_REASONS}
          placeholder='请写明原因，会记在库存账上'
          confirmText='确认调整'
          busy={adjust.busy}
          error={adjust.error?.message}
          onConfirm={(reason) => void adjust.run(reason)}
          onCancel={() => setAdjusting(null)}
        >
          <Choices
            label='调整方向'
            options={[
              { value: 'less', text: '减少' },
              { value: 'more', text: '增加' },
            ]}
            value={adjusting.direction}
            onChange={(direction) => setAdjusting((a) => (a ? { ...a, direction } : a))}
          />
          <View className={`ct-box ct-mt-xs ${countError ? 'ct-box--error' : ''}`}>
            <Input
              value={adjusting.count}
              type='number'
              maxLength={4}
              placeholder='几件，例如：2'
              aria-label='调整几件'
              onChange={(v: string) => (setCountError(''), setAdjusting((a) => (a ? { ...a, count: v } : a)))}
            />
          </View>
          <FieldError message={countError} />
        </ReasonSheet>
      ) : null}
    </Page>
  )
}
