import { Text, View } from '@tarojs/components'
import Button from '../../../components/nut/button'
import type { NominationModel } from '../hooks/useNomination'
import ReasonSheet from '../../../components/ReasonSheet'

/** Staff's three answers: 通过 at once; 请修改 and 不通过 with a reason the family reads. */
export default function ReviewActions({ m }: { m: NominationModel }) {
  const sheetError = m.sheet ? m.error?.message : undefined
  return (
    <View>
      <View className='ct-card fm-actions'>
        <View>
          <Text className='ct-title ct-block'>审核这条推荐</Text>
          <Text className='ct-muted ct-block ct-mt-xs'>
            通过后，这个家庭进入投票名单，全县居民都能看到。请看看内容是否真实、得体，有没有不该公开的信息。
          </Text>
        </View>
        <Button className='ct-btn' type='primary' size='large' loading={m.busy && m.running === 'review' && !m.sheet} disabled={m.busy} onClick={() => void m.review('approve')}>
          通过
        </Button>
        <Button className='ct-btn' type='default' disabled={m.busy} onClick={() => m.openSheet('changes')}>
          请修改
        </Button>
        <Button className='ct-btn' type='default' disabled={m.busy} onClick={() => m.openSheet('reject')}>
          不通过
        </Button>
        {m.error && !m.sheet ? (
          <View role='alert'>
            <Text className='ct-field-error'>{m.error.message}</Text>
          </View>
        ) : null}
      </View>
      {m.sheet === 'changes' ? (
        <ReasonSheet
          title='请修改'
          hint='推荐人和家长会看到您写的意见，改好后再提交审核。'
          quick={['故事再写具体一些', '照片里有不宜公开的内容', '家庭名称请写成“某家”']}
          placeholder='请写明需要修改的地方'
          confirmText='请对方修改'
          busy={m.busy}
          error={sheetError}
          onCancel={m.closeSheet}
          onConfirm={(r) => void m.review('changes', r)}
        />
      ) : null}
      {m.sheet === 'reject' ? (
        <ReasonSheet
          title='不通过'
          hint='推荐人和家长会看到原因，请写清楚。'
          quick={['不是本社区的住户', '内容与实际情况不符', '同一个家庭重复推荐']}
          placeholder='请写明不通过的原因'
          confirmText='确认不通过'
          busy={m.busy}
          error={sheetError}
          onCancel={m.closeSheet}
          onConfirm={(r) => void m.review('reject', r)}
        />
      ) : null}
    </View>
  )
}
