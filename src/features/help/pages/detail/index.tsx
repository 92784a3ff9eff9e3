import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import BrokenLink from '../../../../components/BrokenLink'
import Choices from '../../../../components/Choices'
import Field from '../../../../components/Field'
import Page from '../../../../components/Page'
import ReasonSheet from '../../../../components/ReasonSheet'
import RemoteView from '../../../../components/RemoteView'
import Sheet from '../../../../components/Sheet'
import StatusTag from '../../../../components/StatusTag'
import Button from '../../../../components/nut/button'
import { useAction } from '../../../../hooks/useAction'
import { useRemote, type Remote } from '../../../../hooks/useRemote'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { toastOk } from '../../../../lib/feedback'
import { accept, answerCancel, cancel, confirm, dispute, giveUp, resolve } from '../../api/act'
import { getRequest } from '../../api/getRequest'
import type { HelpRequestView } from '../../api/types'
import { CANCEL_REASONS, DISPUTE_REASONS, RESOLVE_REASONS, STATUS_OF_STATE, distanceText, minutesText, placeText, ratingText, stateNote } from '../../words'
import { formatWhen } from '../../../../lib/time'
import '../../help.scss'

type Asking = null | 'accept' | 'confirm' | 'cancel' | 'cancelAccepted' | 'agreeCancel' | 'declineCancel' | 'giveUp' | 'dispute' | 'resolve'

export function RequestCard({ r }: { r: HelpRequestView }) {
  return (
    <View className='ct-card' role='group' aria-label={`${r.kindLabel}，${r.stateLabel}`}>
      <View className='ct-row'>
        <Text className='ct-title ct-grow'>{r.kindLabel}</Text>
        <StatusTag status={STATUS_OF_STATE[r.state]} label={r.stateLabel} />
      </View>
      {r.details ? <Text className='ct-text ct-block ct-mt-xs'>{r.details}</Text> : null}
      <Text className='hp-points ct-block ct-mt-xs'>{`${r.points}积分`}</Text>
      <Text className='ct-text ct-block ct-mt-xs'>{`时间：${formatWhen(r.startsAt)}，约${minutesText(r.minutes)}`}</Text>
      <Text className='ct-text ct-block ct-mt-xs'>{`地点：${placeText(r)}${r.distance !== null ? `（离您${distanceText(r.distance)}）` : ''}`}</Text>
      <Text className='ct-muted ct-block ct-mt-xs'>{`求助的人：${r.requesterName}${r.helperName ? ` · 帮忙的人：${r.helperName}` : ''}`}</Text>
      {r.rating !== null ? <Text className='ct-text ct-block ct-mt-xs' aria-label={`求助的人给的评分：${r.rating}星`}>{`评分：${ratingText(r.rating)}`}</Text> : null}
    </View>
  )
}

export function RequestScreen({ remote }: { remote: Remote<HelpRequestView> }) {
  const [asking, setAsking] = useState<Asking>(null)
  const [rating, setRating] = useState<number>(5)
  const [decision, setDecision] = useState<'pay' | 'refund' | ''>('')
  const done = (r: HelpRequestView, message: string) => {
    remote.setData(r)
    setAsking(null)
    toastOk(message)
  }
  const act = useAction(async (id: string, step: Exclude<Asking, null>, reason?: string) => {
    if (step === 'accept') done(await accept(id), '接单成功')
    else if (step === 'confirm') done(await confirm(id, rating), '已确认')
    else if (step === 'cancel') done(await cancel(id), '已取消，积分已退回')
    else if (step === 'cancelAccepted') done(await cancel(id, reason), '已请对方同意')
    else if (step === 'agreeCancel') done(await answerCancel(id, true), '已同意取消')
    else if (step === 'declineCancel') done(await answerCancel(id, false), '已告诉对方')
    else if (step === 'giveUp') done(await giveUp(id), '已放弃，会告诉对方')
    else if (step === 'dispute') done(await dispute(id, reason!), '已交给社区处理')
    else if (step === 'resolve' && decision) done(await resolve(id, decision, reason!), '已处理')
  }, { toastOnError: false })
  return (
    <Page>
      <RemoteView<HelpRequestView> remote={remote} rows={4} isEmpty={() => false}>
        {(r) => (
          <View>
            <RequestCard r={r} />
            <View className='ct-card' role='status'>
              <Text className='ct-text ct-block'>{stateNote(r)}</Text>
            </View>
            <View className='hp-actions'>
              {r.can.accept ? (
                <Button className='ct-btn' type='primary' onClick={() => setAsking('accept')}>
                  我来帮忙
                </Button>
              ) : null}
              {r.can.confirm ? (
                <Button className='ct-btn' type='primary' onClick={() => setAsking('confirm')}>
                  确认完成
                </Button>
              ) : null}
              {r.can.answerCancel ? (
                <Button className='ct-btn' type='primary' onClick={() => setAsking('agreeCancel')}>
                  同意取消
                </Button>
              ) : null}
              {r.can.answerCancel ? (
                <Button className='ct-btn' type='default' onClick={() => setAsking('declineCancel')}>
                  不同意
                </Button>
              ) : null}
              {r.can.dispute ? (
                <Button className='ct-btn' type='default' onClick={() => setAsking('dispute')}>
                  没有进行
                </Button>
              ) : null}
              {r.can.cancel ? (
                <Button className='ct-btn' type='default' onClick={() => setAsking(r.state === 'open' ? 'cancel' : 'cancelAccepted')}>
                  取消需求
                </Button>
              ) : null}
              {r.can.giveUp ? (
                <Button className='ct-btn' type='default' onClick={() => setAsking('giveUp')}>
                  来不了了
                </Button>
              ) : null}
              {r.can.resolve ? (
                <Button className='ct-btn' type='primary' onClick={() => setAsking('resolve')}>
                  处理争议
                </Button>
              ) : null}
            </View>
            {asking === 'accept' ? (
              <Sheet title='接这一单？' hint={`${formatWhen(r.startsAt)}到${r.place}，${r.kindLabel}，约${minutesText(r.minutes)}。帮完、双方都确认后，${r.points}积分付给您。`} confirmText='接单' cancelText='再想想' busy={act.busy} error={act.error?.message} onCancel={() => setAsking(null)} onConfirm={() => void act.run(r.id, 'accept')} />
            ) : null}
            {asking === 'confirm' ? (
              <Sheet title='确认已经帮完了？' hint={r.role === 'requester' ? `确认后，双方都确认了，${r.points}积分就付给${r.helperName ?? '帮忙的人'}。` : '确认后，等对方也确认，积分就到账。'} confirmText='确认完成' cancelText='再想想' busy={act.busy} error={act.error?.message} onCancel={() => setAsking(null)} onConfirm={() => void act.run(r.id, 'confirm')}>
                {r.role === 'requester' ? (
                  <Field label='给帮忙的人打个分'>
                    <Choices label='给帮忙的人打个分' options={[5, 4, 3, 2, 1].map((n) => ({ value: n, text: `${n}星` }))} value={rating} onChange={setRating} />
                  </Field>
                ) : null}
              </Sheet>
            ) : null}
            {asking === 'cancel' ? (
              <Sheet title='取消这个需求？' hint={`还没有人接单，取消后${r.points}积分马上退回。`} confirmText='确认取消' cancelText='不取消' busy={act.busy} error={act.error?.message} onCancel={() => setAsking(null)} onConfirm={() => void act.run(r.id, 'cancel')} />
            ) : null}
            {asking === 'agreeCancel' ? (
              <Sheet title='同意取消这一单？' hint={`同意后这单互助取消，${r.points}积分退回给求助的人。`} confirmText='同意取消' cancelText='再想想' busy={act.busy} error={act.error?.message} onCancel={() => setAsking(null)} onConfirm={() => void act.run(r.id, 'agreeCancel')} />
            ) : null}
            {asking === 'declineCancel' ? (
              <Sheet title='不同意取消？' hint='这单互助照常进行，请按约定的时间去帮忙。我们会告诉求助的人。' confirmText='不同意' cancelText='再想想' busy={act.busy} error={act.error?.message} onCancel={() => setAsking(null)} onConfirm={() => void act.run(r.id, 'declineCancel')} />
            ) : null}
            {asking === 'giveUp' ? (
              <Sheet title='来不了了？' hint={`这一单会重新等别的志愿者来接，${r.points}积分仍由平台保管。我们会告诉求助的人。`} confirmText='确认放弃' cancelText='再想想' busy={act.busy} error={act.error?.message} onCancel={() => setAsking(null)} onConfirm={() => void act.run(r.id, 'giveUp')} />
            ) : null}
            {asking === 'cancelAccepted' ? (
              <ReasonSheet
                title='已经有人接单了，要取消吗？'
                hint={`要请${r.helperName ?? '帮忙的人'}同意。对方同意后，${r.points}积分马上退回。`}
                quick={CANCEL_REASONS}
                placeholder='例如：家里人今天能陪我去了'
                confirmText='请对方同意'
                busy={act.busy}
                error={act.error?.message}
                onCancel={() => setAsking(null)}
                onConfirm={(reason) => void act.run(r.id, 'cancelAccepted', reason)}
              />
            ) : null}
            {asking === 'dispute' ? (
              <ReasonSheet
                title='没有进行？'
                hint='会交给社区工作人员，他们了解情况后决定积分给谁。积分先由平台保管。'
                quick={DISPUTE_REASONS}
                placeholder='例如：约好上午九点，等到十点没人来'
                confirmText='交给社区处理'
                busy={act.busy}
                error={act.error?.message}
                onCancel={() => setAsking(null)}
                onConfirm={(reason) => void act.run(r.id, asking, reason)}
              />
            ) : null}
            {asking === 'resolve' ? (
              <ReasonSheet
                title='处理这单争议'
                hint={`争议：${r.disputeReason ?? ''}。请了解情况后决定，理由双方都会看到。`}
                quick={RESOLVE_REASONS}
                placeholder='例如：电话问过双方，志愿者当天去过'
                confirmText={decision === 'refund' ? '退回积分' : decision === 'pay' ? '付给帮忙的人' : '请先选择'}
                label='理由'
                busy={act.busy}
                error={act.error?.message ?? (decision ? undefined : '请先选择积分给谁')}
                onCancel={() => setAsking(null)}
                onConfirm={(reason) => decision && void act.run(r.id, 'resolve', reason)}
              >
                <Choices label='积分给谁' options={[{ value: 'pay', text: `付给帮忙的人（${r.helperName ?? ''}）` }, { value: 'refund', text: `退回给求助的人（${r.requesterName}）` }]} value={decision} onChange={setDecision} />
              </ReasonSheet>
            ) : null}
          </View>
        )}
      </RemoteView>
    </Page>
  )
}

export function HelpDetail({ requestId }: { requestId: string }) {
  const remote = useRemote(() => getRequest(requestId), [requestId])
  useReloadOnShow(remote.reload)
  return <RequestScreen remote={remote} />
}

export default function HelpDetailPage() {
  const { params } = useRouter()
  if (!params.id) return <BrokenLink />
  return <HelpDetail requestId={params.id} />
}
