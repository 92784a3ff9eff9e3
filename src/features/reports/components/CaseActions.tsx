import { Text, View } from '@tarojs/components'
import Button from '../../../components/nut/button'
import type { CaseDetailModel } from '../hooks/useCaseDetail'
import type { ReportDetail } from '../api/types'
import AssignSheet from './AssignSheet'
import { formatDue } from './CaseCard'
import DisputeSheet from './DisputeSheet'
import DuplicateSheet from './DuplicateSheet'
import FixForm from './FixForm'
import RateForm from './RateForm'
import ReasonSheet from '../../../components/ReasonSheet'

/** 受理并派单 for a new case, 派单 once accepted, 重新派单 after a dispute. */
function assignText(status: string): string {
  if (status === 'submitted') return '受理并派单'
  if (status === 'reopened') return '重新派单'
  return '派单'
}

/**
 * The steps the caller may take now — exactly the server's `actions`, nothing
 * more: staff, the department and the reporter each see their own buttons.
 */
export default function CaseActions({ d, m }: { d: ReportDetail; m: CaseDetailModel }) {
  const can = (a: string) => d.actions.includes(a as never)
  const spin = (a: string) => m.busy && m.running === a
  const anyButtons = ['accept', 'assign', 'reject', 'markDuplicate', 'start', 'return', 'confirm', 'dispute', 'escalate', 'meToo'].some(can)
  const sheetError = m.sheet ? m.error?.message : undefined

  return (
    <View>
      {/* The handler starts first (the reporter hears 正在处理), then the fix form: one primary step at a time. */}
      {can('fix') && !can('start') ? (
        <View className='ct-card'>
          <FixForm reportId={d.id} busy={spin('fix')} fieldErrors={m.fieldErrors} onSubmit={m.fix} />
        </View>
      ) : null}

      {anyButtons ? (
        <View className='ct-card rp-actions'>
          {can('confirm') || can('dispute') ? (
            <View>
              <Text className='ct-title ct-block'>整改好了吗？</Text>
              <Text className='ct-muted ct-block ct-mt-xs'>
                {`责任单位说已经整改好了，请对照前后照片看一看。${d.disputeUntil ? `${formatDue(d.disputeUntil)}前可以确认或提出异议，过期自动办结。` : ''}`}
              </Text>
            </View>
          ) : null}
          {can('assign') ? (
            <Button className='ct-btn' type='primary' size='large' disabled={m.busy} onClick={() => m.openSheet('assign')}>
              {assignText(d.status)}
            </Button>
          ) : null}
          {can('accept') ? (
            <Button className='ct-btn' type='default' loading={spin('accept')} disabled={m.busy} onClick={() => void m.accept()}>
              受理
            </Button>
          ) : null}
          {can('start') ? (
            <Button className='ct-btn' type='primary' size='large' loading={spin('start')} disabled={m.busy} onClick={() => void m.start()}>
              开始处理
            </Button>
          ) : null}
          {can('confirm') ? (
            <Button className='ct-btn' type='primary' size='large' loading={spin('confirm')} disabled={m.busy} onClick={() => void m.confirm()}>
              确认整改
            </Button>
          ) : null}
          {can('dispute') ? (
            <Button className='ct-btn' type='default' disabled={m.busy} onClick={() => m.openSheet('dispute')}>
              有异议
            </Button>
          ) : null}
          {can('markDuplicate') ? (
            <Button className='ct-btn' type='default' disabled={m.busy} onClick={() => m.openSheet('duplicate')}>
              标记重复
            </Button>
          ) : null}
          {can('reject') ? (
            <Button className='ct-btn' type='default' disabled={m.busy} onClick={() => m.openSheet('reject')}>
              不予受理
            </Button>
          ) : null}
          {can('return') ? (
            <Button className='ct-btn' type='default' disabled={m.busy} onClick={() => m.openSheet('return')}>
              退回
            </Button>
          ) : null}
          {can('escalate') ? (
            <Button className='ct-btn' type='primary' fill='outline' loading={spin('escalate')} disabled={m.busy} onClick={() => void m.escalate()}>
              督办
            </Button>
          ) : null}
          {can('meToo') ? (
            <Button className='ct-btn' type='primary' fill='outline' loading={spin('meToo')} disabled={m.busy} onClick={() => void m.meToo()}>
              我也遇到
            </Button>
          ) : null}
          {m.error && !m.sheet ? (
            <View role='alert'>
              <Text className='ct-field-error'>{m.error.message}</Text>
            </View>
          ) : null}
        </View>
      ) : null}

      {can('rate') ? (
        <View className='ct-card'>
          <RateForm busy={spin('rate')} onSubmit={(r, c) => void m.rate(r, c)} />
        </View>
      ) : null}

      {m.sheet === 'assign' ? (
        <AssignSheet detail={d} busy={m.busy} error={sheetError} onCancel={m.closeSheet} onConfirm={(input) => void m.assign(input)} />
      ) : null}
      {m.sheet === 'reject' ? (
        <ReasonSheet
          title='不予受理'
          hint='反映人会看到您写的原因，请写清楚为什么不受理、可以怎么办。'
          quick={['不属于随手拍受理范围', '照片和描述看不出问题', '现场已经处理好了']}
          placeholder='请写明不予受理的原因'
          confirmText='确认不予受理'
          busy={m.busy}
          error={sheetError}
          onCancel={m.closeSheet}
          onConfirm={(r) => void m.reject(r)}
        />
      ) : null}
      {m.sheet === 'return' ? (
        <ReasonSheet
          title='退回社区'
          hint='不属于本单位办理的，退回社区重新派单。请写明原因，最好说明该由哪个单位办理。'
          quick={['不属于本单位职责', '地址不清楚，现场找不到', '需要其他单位配合']}
          placeholder='请写明退回的原因'
          confirmText='确认退回'
          busy={m.busy}
          error={sheetError}
          onCancel={m.closeSheet}
          onConfirm={(r) => void m.returnCase(r)}
        />
      ) : null}
      {m.sheet === 'duplicate' ? (
        <DuplicateSheet reportId={d.id} busy={m.busy} error={sheetError} onCancel={m.closeSheet} onConfirm={(id) => void m.markDuplicate(id)} />
      ) : null}
      {m.sheet === 'dispute' ? (
        <DisputeSheet
          disputeUntil={d.disputeUntil}
          busy={m.busy}
          error={sheetError}
          onCancel={m.closeSheet}
          onConfirm={(reason, photos) => void m.dispute(reason, photos)}
        />
      ) : null}
    </View>
  )
}
