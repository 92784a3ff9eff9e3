import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import Choices from '../../../components/Choices'
import Field from '../../../components/Field'
import PhotoPicker from '../../../components/PhotoPicker'
import WhenPicker, { whenIso, type When } from '../../../components/WhenPicker'
import Button from '../../../components/nut/button'
import Input from '../../../components/nut/input'
import Switch from '../../../components/nut/switch'
import TextArea from '../../../components/nut/textarea'
import { useAction } from '../../../hooks/useAction'
import { beijing } from '../../../lib/time'
import type { RewardDraft } from '../api/createReward'
import { DEFAULT_PICKUP_DAYS, KIND_LABELS, REWARD_KINDS, type RewardCard, type RewardKind } from '../api/types'

interface Draft {
  kind: RewardKind
  name: string
  description: string
  partner: string
  photo: string
  price: string
  perPersonLimit: string
  stock: string
  pickupDays: string
  /** 截止时间, or null: on the shelf until taken off */
  ends: When | null
}

const EMPTY: Draft = { kind: 'gift', name: '', description: '', partner: '', photo: '', price: '', perPersonLimit: '1', stock: '', pickupDays: String(DEFAULT_PICKUP_DAYS), ends: null }

/** Beijing wall-clock of an instant, for the pickers. */
function whenOf(iso: string): When {
  const t = beijing(iso)
  return { date: t.format('YYYY-MM-DD'), time: t.format('HH:mm') }
}

/** A month from now at 18:00: where the end-date pickers start when switched on. */
function aMonthOn(): When {
  return { date: beijing(Date.now()).add(1, 'month').format('YYYY-MM-DD'), time: '18:00' }
}

export function draftOf(r: RewardCard): Draft {
  return {
    kind: r.kind,
    name: r.name,
    description: r.description,
    partner: r.partner,
    photo: r.photo ?? '',
    price: String(r.price),
    perPersonLimit: String(r.perPersonLimit),
    stock: String(r.stock),
    pickupDays: String(r.pickupDays),
    ends: r.endsAt ? whenOf(r.endsAt) : null,
  }
}

/** What the server takes of a draft (stock only when listing: later it moves through the stock book). */
export function rewardInput(d: Draft): RewardDraft {
  return {
    kind: d.kind,
    name: d.name,
    description: d.description || undefined,
    partner: d.kind === 'service' ? d.partner || undefined : undefined,
    photo: d.photo || undefined,
    price: Number(d.price),
    perPersonLimit: Number(d.perPersonLimit),
    pickupDays: Number(d.pickupDays),
    endsAt: d.ends ? whenIso(d.ends) : undefined,
  }
}

/**
 * 上架新礼品, or 修改 a listed one: kind, name, words, photo, price, per-person
 * limit, days to collect and an optional end date. Stock is given once, when
 * listing; after that it moves only through the stock book (入库, 调整).
 */
export default function RewardForm(props: { editing: RewardCard | null; onSave: (input: RewardDraft & { stock?: number }) => Promise<unknown>; onClose: () => void }) {
  const { editing, onSave, onClose } = props
  const [draft, setDraft] = useState<Draft>(() => (editing ? draftOf(editing) : EMPTY))
  const set = <K extends keyof Draft>(field: K, value: Draft[K]) => setDraft((d) => ({ ...d, [field]: value }))
  const save = useAction(() => onSave(editing ? rewardInput(draft) : { ...rewardInput(draft), stock: Number(draft.stock || 0) }), { toastOnError: false })
  const e = save.fieldErrors
  const box = (field: string) => `ct-box ${e[field] ? 'ct-box--error' : ''}`
  return (
    <View className='ct-card'>
      <Text className='ct-title ct-block'>{editing ? `修改：${editing.name}` : '上架新礼品'}</Text>
      <Field label='类别'>
        <Choices label='类别' options={REWARD_KINDS.map((k) => ({ value: k, text: KIND_LABELS[k] }))} value={draft.kind} onChange={(k) => set('kind', k)} />
      </Field>
      <Field label='名称' error={e.name}>
        <View className={box('name')}>
          <Input value={draft.name} maxLength={40} placeholder='例如：环保购物袋' aria-label='名称' onChange={(v: string) => set('name', v)} />
        </View>
      </Field>
      <Field label='介绍' error={e.description}>
        <View className={box('description')}>
          <TextArea value={draft.description} maxLength={500} showCount placeholder='说说它是什么、怎么用' aria-label='介绍' onChange={(v: string) => set('description', v)} />
        </View>
      </Field>
      {draft.kind === 'service' ? (
        <Field label='公益合伙人（提供服务的店）' error={e.partner}>
          <View className={box('partner')}>
            <Input value={draft.partner} maxLength={40} placeholder='例如：幸福理发店' aria-label='公益合伙人' onChange={(v: string) => set('partner', v)} />
          </View>
        </Field>
      ) : null}
      <Field label='照片'>
        <PhotoPicker refs={draft.photo ? [draft.photo] : []} max={1} addLabel='添加礼品照片' onAdd={(ref) => set('photo', ref)} onRemove={() => set('photo', '')} />
      </Field>
      <Field label='所需积分' error={e.price}>
        <View className={box('price')}>
          <Input value={draft.price} type='number' placeholder='例如：50' aria-label='所需积分' onChange={(v: string) => set('price', v)} />
        </View>
      </Field>
      {editing ? (
        <Field label='库存' hint='库存用下面的“入库”“调整库存”改，每一笔都记在库存账上'>
          <Text className='ct-text ct-block'>{`现在${editing.stock}件`}</Text>
        </Field>
      ) : (
        <Field label='库存（件）' error={e.stock}>
          <View className={box('stock')}>
            <Input value={draft.stock} type='number' placeholder='例如：20' aria-label='库存' onChange={(v: string) => set('stock', v)} />
          </View>
        </Field>
      )}
      <Field label='每人限兑（件）' error={e.perPersonLimit}>
        <View className={box('perPersonLimit')}>
          <Input value={draft.perPersonLimit} type='number' placeholder='例如：1' aria-label='每人限兑' onChange={(v: string) => set('perPersonLimit', v)} />
        </View>
      </Field>
      <Field label='领取期限（天）' hint='过期没领，积分和库存自动退回' error={e.pickupDays}>
        <View className={box('pickupDays')}>
          <Input value={draft.pickupDays} type='number' placeholder='例如：30' aria-label='领取期限' onChange={(v: string) => set('pickupDays', v)} />
        </View>
      </Field>
      <View className='ct-spread ct-mt'>
        <Text className='ct-text'>设兑换截止时间</Text>
        <Switch checked={draft.ends !== null} aria-label='设兑换截止时间' onChange={(on: boolean) => set('ends', on ? (draft.ends ?? aMonthOn()) : null)} />
      </View>
      {draft.ends ? (
        <WhenPicker label='兑换截止' hint='到时自动停止兑换，已兑换的照常领取' value={draft.ends} error={e.endsAt} start={beijing(Date.now()).format('YYYY-MM-DD')} onChange={(w) => set('ends', w)} />
      ) : (
        <Text className='ct-muted ct-block ct-mt-xs'>不设截止时间：一直可以兑换，直到下架或换完。</Text>
      )}
      {save.error && !Object.keys(e).length ? <Text className='ct-field-error ct-block ct-mt'>{save.error.message}</Text> : null}
      <Button className='ct-btn ct-mt' type='primary' loading={save.busy} onClick={() => void save.run()}>
        {editing ? '保存修改' : '上架'}
      </Button>
      <Button className='ct-btn ct-mt' type='default' onClick={onClose}>
        {editing ? '不改了' : '先不上架'}
      </Button>
    </View>
  )
}
