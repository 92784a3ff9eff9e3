import { Text, View } from '@tarojs/components'
import Page from '../../../../components/Page'
import RemoteView, { ErrorState, LoadingRows } from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { announceSessionChanged } from '../../../../lib/session'
import BindingStatus from '../../components/BindingStatus'
import ChoiceList from '../../components/ChoiceList'
import RelationPicker from '../../components/RelationPicker'
import { STEP_TITLES, useBindingFlow, type Choice, type Step } from '../../hooks/useBindingFlow'
import { useMyBinding } from '../../hooks/useMyBinding'
import './index.scss'

const EMPTY_HINT: Record<Step, string> = {
  community: '本县还没有登记小区，请联系社区工作人员',
  building: '这个小区还没有登记楼栋，请联系社区工作人员',
  unit: '这栋楼还没有登记单元，请联系楼长',
  room: '这个单元还没有登记房号，请联系楼长',
  relation: '',
}

export function BindScreen() {
  const { binding, cancel, cancelling } = useMyBinding()
  const flow = useBindingFlow(() => {
    void binding.reload()
    announceSessionChanged()
  })
  usePullRefresh(() => Promise.all([binding.reload(), flow.choices.reload()]))

  const crumbs: { step: Step; text: string }[] = []
  if (flow.picks.community) crumbs.push({ step: 'community', text: flow.picks.community.name })
  if (flow.picks.building) crumbs.push({ step: 'building', text: flow.picks.building.name })
  if (flow.picks.unit) crumbs.push({ step: 'unit', text: flow.picks.unit.name })
  if (flow.picks.room) crumbs.push({ step: 'room', text: flow.picks.room.name })

  const b = binding.data
  const showFlow = binding.status === 'ready' && b && !b.pending

  return (
    <Page>
      <View className='hh-head'>
        <Text className='ct-h1 ct-block'>绑定我家</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>选好您住的房子，楼长核实后就绑定成功。</Text>
      </View>

      {binding.status === 'loading' && !b ? <LoadingRows rows={1} /> : null}
      {binding.status === 'error' && !b ? (
        <ErrorState message={binding.error?.message ?? ''} onRetry={() => void binding.reload()} />
      ) : null}
      {b ? <BindingStatus b={b} onCancel={() => void cancel()} cancelling={cancelling} /> : null}

      {showFlow ? (
        <View className='ct-card'>
          {b?.current ? <Text className='ct-muted ct-block'>想绑定另一户？照下面的步骤申请。</Text> : null}
          {crumbs.length ? (
            <View className='hh-crumbs'>
              {crumbs.map((c) => (
                <View key={c.step} className='hh-crumb' role='button' onClick={() => flow.backTo(c.step)}>
                  {c.text} ✎
                </View>
              ))}
            </View>
          ) : null}
          <Text className='ct-title ct-block hh-step-title'>{STEP_TITLES[flow.step]}</Text>

          {flow.step === 'relation' ? (
            <View>
              <Text className='ct-text ct-block'>{`您选的是：${flow.label}`}</Text>
              <RelationPicker value={flow.relation} onChange={flow.setRelation} />
              <Button
                className='ct-btn ct-mt'
                type='primary'
                size='large'
                disabled={!flow.relation}
                loading={flow.submitting}
                onClick={() => void flow.submit()}
              >
                提交申请
              </Button>
              {!flow.relation ? <Text className='ct-muted ct-block hh-center ct-mt-xs'>请先选择您和这一户的关系</Text> : null}
            </View>
          ) : (
            <RemoteView<Choice[]> remote={flow.choices} rows={2} empty={{ title: '这里还是空的', hint: EMPTY_HINT[flow.step] }}>
              {(items) => <ChoiceList items={items} onPick={flow.pick} />}
            </RemoteView>
          )}
        </View>
      ) : null}
    </Page>
  )
}

export default function BindPage() {
  return <BindScreen />
}
