import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import BrokenLink from '../../../../components/BrokenLink'
import Page from '../../../../components/Page'
import ReasonSheet from '../../../../components/ReasonSheet'
import RemoteView from '../../../../components/RemoteView'
import Tabs from '../../../../components/Tabs'
import Button from '../../../../components/nut/button'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import NoticeBody from '../../components/NoticeBody'
import ReadBar from '../../components/ReadBar'
import UnitReceipts, { unitCounts, type HouseholdState } from '../../components/UnitReceipts'
import { isOver } from '../../hooks/rules'
import { useReceipts, type ReceiptsModel } from '../../hooks/useReceipts'
import type { Id, ReceiptsView } from '../../api/types'
import '../notices.scss'

export const REMIND_RULE = '只提醒还没读的住户，每人每天最多收到一次提醒。'
const WITHDRAW_QUICK = ['通知内容有误', '事情已经处理完了', '活动取消了', '发错楼栋或单元了']

type Filter = 'all' | 'unread' | 'read'
const FILTER_STATES: Record<Filter, HouseholdState[] | undefined> = {
  all: undefined,
  unread: ['unread'],
  read: ['read', 'acknowledged'],
}

/** Households of the audience by where they stand; unbound ones cannot read it, so they are counted apart. */
function tally(r: ReceiptsView): Record<HouseholdState, number> {
  const c: Record<HouseholdState, number> = { acknowledged: 0, read: 0, unread: 0, unbound: 0 }
  r.units.forEach((u) => {
    const per = unitCounts(u)
    ;(Object.keys(c) as HouseholdState[]).forEach((k) => (c[k] += per[k]))
  })
  return c
}

function Headline({ r }: { r: ReceiptsView }) {
  const n = r.notice
  const c = tally(r)
  return (
    <View className='ct-card'>
      <View className='nt-figures'>
        <View className='nt-figure'>
          <Text className='nt-figure__value'>{`${n.readHouseholds}/${n.audienceHouseholds}`}</Text>
          <Text className='nt-figure__label'>户已读</Text>
        </View>
        <View className='nt-figure'>
          <Text className='nt-figure__value nt-figure__value--done'>{n.acknowledgedHouseholds}</Text>
          <Text className='nt-figure__label'>户点了收到</Text>
        </View>
        <View className='nt-figure'>
          <Text className='nt-figure__value nt-figure__value--muted'>{c.unread}</Text>
          <Text className='nt-figure__label'>户未读</Text>
        </View>
      </View>
      <ReadBar read={n.readHouseholds} acknowledged={n.acknowledgedHouseholds} audience={n.audienceHouseholds} />
      <View className='nt-legend'>
        <Text className='nt-legend__item nt-legend__item--ack'>收到</Text>
        <Text className='nt-legend__item nt-legend__item--read'>已读</Text>
        <Text className='nt-legend__item nt-legend__item--unread'>未读</Text>
        <Text className='nt-legend__item nt-legend__item--unbound'>未绑定</Text>
      </View>
      {c.unbound ? <Text className='ct-muted ct-block ct-mt-xs'>{`另有 ${c.unbound} 户还没有人绑定，收不到通知。`}</Text> : null}
    </View>
  )
}

function Actions({ r, m }: { r: ReceiptsView; m: ReceiptsModel }) {
  const n = r.notice
  const withdrawn = n.status === 'withdrawn'
  const over = isOver(n)
  const waiting = tally(r).unread
  return (
    <View className='ct-card'>
      {withdrawn ? (
        <Text className='ct-text ct-block'>这条通知已撤回，住户看不到了。之前的内容都留在修改记录里。</Text>
      ) : (
        <>
          {over ? (
            <Text className='ct-text ct-block'>这条通知已过截止日期，住户在“已归档”里还能看到，不能再提醒。</Text>
          ) : (
            <>
              {waiting > 0 ? (
                <Button className='ct-btn' type='primary' size='large' loading={m.reminding} onClick={() => void m.remind()}>
                  提醒未读
                </Button>
              ) : (
                <View className='nt-notice nt-notice--done' role='status'>
                  <Text className='ct-text'>已绑定的住户都读过了，不用再提醒。</Text>
                </View>
              )}
              <Text className='ct-muted ct-block ct-mt-xs'>{REMIND_RULE}</Text>
              {m.reminded ? (
                <View className='nt-notice nt-notice--info ct-mt' role='status'>
                  <Text className='ct-text'>{m.reminded}</Text>
                </View>
              ) : null}
            </>
          )}
          <View className='ct-btn-row ct-mt'>
            <Button className='ct-btn' type='default' onClick={() => go(withQuery(ROUTES.noticePost, { id: n.id }))}>
              修改
            </Button>
            <Button className='ct-btn' type='default' onClick={() => m.openSheet('withdraw')}>
              撤回
            </Button>
          </View>
        </>
      )}
      <View className='ct-links'>
        <View className='ct-link' role='link' onClick={() => go(withQuery(ROUTES.noticeHistory, { id: n.id }))}>
          修改记录
        </View>
      </View>
    </View>
  )
}

function Loaded({ r, m }: { r: ReceiptsView; m: ReceiptsModel }) {
  const [filter, setFilter] = useState<Filter>('all')
  const c = tally(r)
  const all = r.units.flatMap((u) => u.households)
  return (
    <View>
      <Headline r={r} />
      <Actions r={r} m={m} />
      <Text className='ct-section-title'>各户情况</Text>
      <Tabs
        tabs={[
          { key: 'all', text: `全部 ${all.length}` },
          { key: 'unread', text: `未读 ${c.unread}` },
          { key: 'read', text: `已读 ${c.read + c.acknowledged}` },
        ]}
        value={filter}
        onChange={setFilter}
      />
      {r.units.map((u) => (
        <UnitReceipts key={u.unitId} unit={u} only={FILTER_STATES[filter]} />
      ))}
      <Text className='ct-section-title'>通知内容</Text>
      <NoticeBody n={r.notice} withdrawn={r.notice.status === 'withdrawn'} />
    </View>
  )
}

function LoadedReceipts({ noticeId }: { noticeId: Id }) {
  const m = useReceipts(noticeId)
  usePullRefresh(m.receipts.reload)
  // back from 修改: the notice says something else now
  useReloadOnShow(m.receipts.reload)
  return (
    <Page>
      <RemoteView<ReceiptsView> remote={m.receipts} rows={4} isEmpty={() => false}>
        {(r) => (
          <View>
            <View className='nt-head'>
              <Text className='ct-h1 ct-block'>{r.notice.title}</Text>
              <Text className='ct-muted ct-block ct-mt-xs'>{`发给 ${r.notice.buildingName} · ${r.notice.audienceLabel}`}</Text>
            </View>
            <Loaded r={r} m={m} />
          </View>
        )}
      </RemoteView>
      {m.sheet === 'withdraw' ? (
        <ReasonSheet
          title='撤回这条通知'
          hint='撤回后住户就看不到了；已读和收到的记录、原来的内容会留在修改记录里。'
          quick={WITHDRAW_QUICK}
          placeholder='写一写为什么撤回（只有管理人员能看到）'
          confirmText='确认撤回'
          busy={m.busy}
          error={m.error?.message}
          onConfirm={(reason) => void m.withdraw(reason)}
          onCancel={m.closeSheet}
        />
      ) : null}
    </Page>
  )
}

export function ReceiptsScreen({ noticeId }: { noticeId: Id | undefined }) {
  if (!noticeId) {
    return (
      <Page>
        <BrokenLink hint='请回到“我的 → 楼栋通知管理”重新进入。' />
      </Page>
    )
  }
  return <LoadedReceipts noticeId={noticeId} />
}

export default function ReceiptsPage() {
  const { params } = useRouter()
  return <ReceiptsScreen noticeId={params.id} />
}
