import { Text, View } from '@tarojs/components'
import Button from '../../../components/nut/button'
import type { GoodPersonModel } from '../hooks/useGoodPerson'
import type { GoodPersonView } from '../api/types'
import AwardSheet from './AwardSheet'
import ReasonSheet from '../../../components/ReasonSheet'
import Sheet from '../../../components/Sheet'
import ReviseForm from './ReviseForm'
import { spacedCode } from '../hooks/rules'
import { CHILD_CODE_EXPLAINED, CODE_EXPLAINED, CODE_ONCE } from './ConsentCode'

/** 修改后: the nominee agreed to the old text, so they are asked again — in 消息 or with this new code. */
export const REVISED_NEEDS_CONSENT = '事迹改了，需要被推荐人重新同意后才会提交审核。'
/** The same for a child nominee (新时代好少年): their parent agrees again. */
export const REVISED_NEEDS_PARENT = '事迹改了，需要孩子的家长重新同意后才会提交审核。'

export function NewCode({ code, name, forChild }: { code: string; name: string; forChild: boolean }) {
  return (
    <View className='ct-card' role='status'>
      <Text className='ct-title ct-block'>{forChild ? `已重新提交，请${name}的家长再确认一次` : `已重新提交，请${name}再确认一次`}</Text>
      <Text className='ct-text ct-block ct-mt-xs'>{forChild ? REVISED_NEEDS_PARENT : REVISED_NEEDS_CONSENT}</Text>
      <View className='gp-code' role='group' aria-label='新的确认码'>
        <Text className='gp-code__value' aria-label={`新的确认码 ${code.split('').join(' ')}`}>
          {spacedCode(code)}
        </Text>
      </View>
      <Text className='ct-text ct-block'>{forChild ? CHILD_CODE_EXPLAINED : CODE_EXPLAINED}</Text>
      <View className='gp-notice ct-mt' role='note'>
        <Text className='ct-text'>{`以前的确认码不能再用了。${CODE_ONCE}`}</Text>
      </View>
    </View>
  )
}

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
  // staff (who also see the contact) withdraw for the nominee and give a reason; the nominee needs none
  const onBehalf = d.nomineeContact !== null

  return (
    <View>
      {m.newCode ? <NewCode code={m.newCode} name={d.nomineeName} forChild={d.category === 'youth'} /> : null}
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

      {can('withdraw') ? (
        <View className='ct-card gp-actions'>
          <Text className='ct-title ct-block'>撤下展示</Text>
          <Text className='ct-muted ct-block ct-mt-xs'>
            {onBehalf
              ? `${d.nomineeName}本人不愿再公开时，由您替本人撤下并写明原因。撤下后，事迹不再在身边好人、好人榜和活动的讲述人里出现，不能恢复。`
              : '您同意过公开这条事迹。不想再公开了，可以撤下：撤下后大家就看不到了，活动的讲述人里也不再显示，不能恢复。'}
          </Text>
          <Button className='ct-btn ct-mt' type='default' disabled={m.busy} onClick={() => m.openSheet('withdraw')}>
            撤下展示
          </Button>
        </View>
      ) : null}

      {m.sheet === 'withdraw' && onBehalf ? (
        <ReasonSheet
          title='替本人撤下展示'
          hint='推荐人会看到您写的原因。撤下后不能恢复。'
          quick={['本人电话说明，不愿再公开', '本人到社区说明，不愿再公开', '家长不同意孩子的事迹再公开']}
          placeholder='请写明撤下的原因'
          confirmText='确认撤下'
          busy={m.busy}
          error={sheetError}
          onCancel={m.closeSheet}
          onConfirm={(reason) => void m.withdraw(reason)}
        />
      ) : null}
      {m.sheet === 'withdraw' && !onBehalf ? (
        <Sheet
          title='撤下展示？'
          hint='撤下后，大家在身边好人、好人榜和活动的讲述人里都看不到这条事迹了。撤下后不能恢复。'
          confirmText='确认撤下'
          cancelText='不撤了'
          busy={m.busy}
          error={sheetError}
          onCancel={m.closeSheet}
          onConfirm={() => void m.withdraw()}
        />
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
