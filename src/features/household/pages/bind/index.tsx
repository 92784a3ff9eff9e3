import { Text, View } from '@tarojs/components'
import Page from '../../../../components/Page'
import { ErrorState, LoadingRows } from '../../../../components/RemoteView'
import PlacePicker from '../../../../components/PlacePicker'
import Button from '../../../../components/nut/button'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import type { PlaceStep } from '../../../../hooks/usePlacePicker'
import { announceSessionChanged } from '../../../../lib/session'
import BindingStatus from '../../components/BindingStatus'
import RelationPicker from '../../components/RelationPicker'
import { STEP_TITLES, useBindingFlow } from '../../hooks/useBindingFlow'
import { useMyBinding } from '../../hooks/useMyBinding'
import './index.scss'

const EMPTY_HINT: Record<PlaceStep, string> = {
  community: '本县还没有登记小区，请联系社区工作人员',
  building: '这个小区还没有登记楼栋，请联系社区工作人员',
  unit: '这栋楼还没有登记单元，请联系楼长',
  room: '这个单元还没有登记房号，请联系楼长',
}

export function BindScreen() {
  const { binding, cancel, cancelling } = useMyBinding()
  const flow = useBindingFlow(() => {
    void binding.reload()
    announceSessionChanged()
  })
  usePullRefresh(() => Promise.all([binding.reload(), flow.place.choices.reload()]))

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
          <PlacePicker picker={flow.place} titles={STEP_TITLES} emptyHints={EMPTY_HINT}>
            <View>
              <Text className='ct-text ct-block'>{`您选的是：${flow.place.label}`}</Text>
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
          </PlacePicker>
        </View>
      ) : null}
    </Page>
  )
}

export default function BindPage() {
  return <BindScreen />
}
