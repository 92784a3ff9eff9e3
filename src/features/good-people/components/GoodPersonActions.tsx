import { Text, View } from '@tarojs/components'
import Button from '../../../components/nut/button'
import type { GoodPersonModel } from '../hooks/useGoodPerson'
import type { GoodPersonView } from '../api/types'
import AwardSheet from './AwardSheet'
import ReasonSheet from '../../../components/ReasonSheet'
import ReviseForm from './ReviseForm'

/**
 * The steps the caller may take now — exactly the server's `actions`:
 * staff confirm consent and review, the nominator revises, the command
 * centre awards a title. (点赞 sits with the count, not here.)
 */
export default function GoodPersonActions({ d, m }: { d: GoodPersonView; m: GoodPersonModel }) {
  const can = (a: GoodPersonView['actions'][number]) => d.actions.includes(a)
  const spin = (a: string) => m.busy && m.running === a
  const sheetError = m.sheet ? m.error?.message : undefined
  const anyButtons = can('confirmConsent') || can('review') || can('award')

  return (
    <View>
      {can('revise') ? (
        <View className='ct-card'>
          <ReviseForm d={d} busy={spin('revise')} fieldErrors={m.fieldErrors} onSubmit={m.revise} />
        </View>
      ) : null}

      {anyButtons ? (
        <View className='ct-card gp-actions'>
          {can('confirmConsent') ? (
            <View>
              <Text className='ct-title ct-block'>等待被推荐人同意</Text>
              <Text className='ct-muted ct-block ct-mt-xs'>
                被推荐人没有微信，或确认码丢了？请上门或打电话问本人（新时代好少年问家长），同意公开后在这里记下是怎么确认的，推荐就会进入审核。
              </Text>
            </View>
          ) : null}
          {can('confirmConsent') ? (
            <Button className='ct-btn' type='primary' size='large' disabled={m.busy} onClick={() => m.openSheet('consent')}>
              记录本人已同意
            </Button>
          ) : null}
          {can('review') ? (
            <View>
              <Text className='ct-title ct-block'>审核</Text>
              <Text className='ct-muted ct-block ct-mt-xs'>被推荐人已经同意公开。审核通过后，事迹会在“身边好人”展示。</Text>
            </View>
          ) : null}
          {can('review') ? (
            <Button className='ct-btn' type='primary' size='large' loading={spin('approve')} disabled={m.busy} onClick={() => void m.approve()}>
              审核通过
            </Button>
          ) : null}
          {can('review') ? (
            <View className='ct-btn-row'>
              <Button className='ct-btn' type='default' disabled={m.busy} onClick={() => m.openSheet('changes')}>
                请修改
              </Button>
              <Button className='ct-btn' type='default' disabled={m.busy} onClick={() => m.openSheet('reject')}>
                不通过
              </Button>
            </View>
          ) : null}
          {can('award') ? (
            <Button className='ct-btn' type='primary' fill='outline' disabled={m.busy} onClick={() => m.openSheet('award')}>
              授予称号
            </Button>
          ) : null}
          {m.error && !m.sheet ? (
            <View role='alert'>
              <Text className='ct-field-error'>{m.error.message}</Text>
            </View>
          ) : null}
        </View>
      ) : null}

      {m.sheet === 'consent' ? (
        <ReasonSheet
          title='记录本人已同意'
          hint={`请写明是怎么确认${d.nomineeName}本人同意公开的，会记入推荐记录。`}
          label='确认方式'
          quick={['电话确认，本人同意公开', '上门确认，本人同意公开', '本人到社区确认同意']}
          placeholder='例如：电话确认，本人同意公开'
          confirmText='确认已同意'
          busy={m.busy}
          error={sheetError}
          onCancel={m.closeSheet}
          onConfirm={(note) => void m.confirmConsent(note)}
        />
      ) : null}
      {m.sheet === 'changes' ? (
        <ReasonSheet
          title='请推荐人修改'
          hint='推荐人会看到您写的意见，改好后重新提交审核。'
          quick={['事迹写得不够具体，请补充时间、地点和经过', '照片看不清，请换几张', '请去掉别人的电话、住址等个人信息']}
          placeholder='请写明要修改什么'
          confirmText='发给推荐人'
          busy={m.busy}
          error={sheetError}
          onCancel={m.closeSheet}
          onConfirm={(reason) => void m.askChanges(reason)}
        />
      ) : null}
      {m.sheet === 'reject' ? (
        <ReasonSheet
          title='不通过'
          hint='推荐人会看到您写的原因。不通过的推荐不会公开，也不能再修改。'
          quick={['不符合好人推荐的条件', '事迹无法核实', '同一个人已经推荐过了']}
          placeholder='请写明不通过的原因'
          confirmText='确认不通过'
          busy={m.busy}
          error={sheetError}
          onCancel={m.closeSheet}
          onConfirm={(reason) => void m.reject(reason)}
        />
      ) : null}
      {m.sheet === 'award' ? (
        <AwardSheet
          name={d.nomineeName}
          busy={m.busy}
          error={sheetError}
          fieldErrors={m.fieldErrors}
          onCancel={m.closeSheet}
          onConfirm={(year, title) => void m.award(year, title)}
        />
      ) : null}
    </View>
  )
}
