import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import Field from '../../../../components/Field'
import ListItem from '../../../../components/ListItem'
import Page from '../../../../components/Page'
import PhotoPicker from '../../../../components/PhotoPicker'
import ReasonSheet from '../../../../components/ReasonSheet'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import Input from '../../../../components/nut/input'
import { useAction } from '../../../../hooks/useAction'
import { useRemote } from '../../../../hooks/useRemote'
import { toastOk } from '../../../../lib/feedback'
import { createReward } from '../../api/createReward'
import { getStationRewards } from '../../api/getStationRewards'
import { moveStock } from '../../api/moveStock'
import { updateReward } from '../../api/updateReward'
import { DEFAULT_PICKUP_DAYS, KIND_LABELS, REWARD_KINDS, type RewardCard, type RewardKind } from '../../api/types'
import { useStation } from '../../hooks/useStation'
import { ADJUST_REASONS } from '../../words'
import '../../mall.scss'
import FieldError from '../../../../components/FieldError'
import Choices from '../../../../components/Choices'

const EMPTY = { kind: 'gift' as RewardKind, name: '', description: '', partner: '', photo: '', price: '', perPersonLimit: '1', stock: '', pickupDays: String(DEFAULT_PICKUP_DAYS) }

/** 积分超市 for station staff: list a reward (with a photo), stock in, adjust with a reason, take off the shelf. */
export default function ManageRewardsPage() {
  const { stations, stationId, choose } = useStation()
  const rewards = useRemote(() => (stationId ? getStationRewards(stationId) : Promise.resolve([])), [stationId])
  const [draft, setDraft] = useState(EMPTY)
  const [adding, setAdding] = useState(false)
  const [adjusting, setAdjusting] = useState<{ reward: RewardCard; direction: 'less' | 'more'; count: string } | null>(null)
  const [countError, setCountError] = useState('')
  const set = (field: keyof typeof EMPTY, value: string) => setDraft((d) => ({ ...d, [field]: value }))
  const create = useAction(
    async () => {
      await createReward(stationId, {
        kind: draft.kind,
        name: draft.name,
        description: draft.description || undefined,
        partner: draft.partner || undefined,
        photo: draft.photo || undefined,
        price: Number(draft.price),
        perPersonLimit: Number(draft.perPersonLimit),
        pickupDays: Number(draft.pickupDays),
        stock: Number(draft.stock || 0),
      })
      setDraft(EMPTY)
      setAdding(false)
      toastOk('已上架')
      await rewards.reload()
    },
    { toastOnError: false },
  )
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
    await updateReward(r.id, { kind: r.kind, name: r.name, description: r.description || undefined, partner: r.partner || undefined, photo: r.photo ?? undefined, price: r.price, perPersonLimit: r.perPersonLimit, pickupDays: r.pickupDays, status: r.status === 'listed' ? 'withdrawn' : 'listed' })
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
      {adding ? (
        <View className='ct-card'>
          <Field label='类别'>
            <Choices label='类别' options={REWARD_KINDS.map((k) => ({ value: k, text: KIND_LABELS[k] }))} value={draft.kind} onChange={(k) => set('kind', k)} />
          </Field>
          <Field label='名称'>
            <View className='ct-box'>
              <Input value={draft.name} maxLength={40} placeholder='例如：环保购物袋' aria-label='名称' onChange={(v: string) => set('name', v)} />
            </View>
          </Field>
          <Field label='介绍'>
            <View className='ct-box'>
              <Input value={draft.description} maxLength={500} placeholder='说说它是什么、怎么用' aria-label='介绍' onChange={(v: string) => set('description', v)} />
            </View>
          </Field>
          {draft.kind === 'service' ? (
            <Field label='公益合伙人（提供服务的店）'>
              <View className='ct-box'>
                <Input value={draft.partner} maxLength={40} placeholder='例如：幸福理发店' aria-label='公益合伙人' onChange={(v: string) => set('partner', v)} />
              </View>
            </Field>
          ) : null}
          <Field label='照片'>
            <PhotoPicker refs={draft.photo ? [draft.photo] : []} max={1} addLabel='添加礼品照片' onAdd={(ref) => set('photo', ref)} onRemove={() => set('photo', '')} />
          </Field>
          <Field label='所需积分'>
            <View className='ct-box'>
              <Input value={draft.price} type='number' placeholder='例如：50' aria-label='所需积分' onChange={(v: string) => set('price', v)} />
            </View>
          </Field>
          <Field label='库存（件）'>
            <View className='ct-box'>
              <Input value={draft.stock} type='number' placeholder='例如：20' aria-label='库存' onChange={(v: string) => set('stock', v)} />
            </View>
          </Field>
          <Field label='每人限兑（件）'>
            <View className='ct-box'>
              <Input value={draft.perPersonLimit} type='number' placeholder='例如：1' aria-label='每人限兑' onChange={(v: string) => set('perPersonLimit', v)} />
            </View>
          </Field>
          <Field label='领取期限（天）' hint='过期没领，积分和库存自动退回' error={create.error?.message}>
            <View className='ct-box'>
              <Input value={draft.pickupDays} type='number' placeholder='例如：30' aria-label='领取期限' onChange={(v: string) => set('pickupDays', v)} />
            </View>
          </Field>
          <Button className='ct-btn ct-mt' type='primary' loading={create.busy} onClick={() => void create.run()}>
            上架
          </Button>
          <Button className='ct-btn ct-mt' type='default' onClick={() => setAdding(false)}>
            先不上架
          </Button>
        </View>
      ) : (
        <Button className='ct-btn' type='primary' onClick={() => setAdding(true)}>
          上架新礼品
        </Button>
      )}
      <Text className='ct-section-title'>本站礼品</Text>
      <RemoteView<RewardCard[]> remote={rewards} rows={3} empty={{ title: '还没有上架礼品', hint: '点上面的“上架新礼品”，居民就能用积分兑换了。' }}>
        {(list) => (
          <View>
            {list.map((r) => (
              <View key={r.id} className='ct-card'>
                <ListItem title={r.name} note={`${r.kindLabel} · ${r.price}积分 · 库存${r.stock}件${r.status === 'withdrawn' ? ' · 已下架' : ''}`} />
                <View className='mall-actions'>
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
