import { Text, View } from '@tarojs/components'
import Button from '../../../components/nut/button'
import ReasonSheet from '../../../components/ReasonSheet'
import type { MatterView } from '../api/types'
import type { MatterModel } from '../hooks/useMatter'
import { REPLY_MAX } from '../hooks/rules'
import ReportSheet from './ReportSheet'

/**
 * What the captain (or community staff) may do now — exactly the server's
 * `actions`: reply to the resident, say it is settled, or hand it to a
 * department as a 随手拍 report.
 */
export default function MatterSteps({ m, model }: { m: MatterView; model: MatterModel }) {
  const can = (a: MatterView['actions'][number]) => m.actions.includes(a)
  const spin = (a: string) => model.busy && model.running === a
  const sheetError = model.sheet ? model.error?.message : undefined
  if (!m.actions.length && !model.sheet) return null

  return (
    <View>
      {m.actions.length ? (
        <View className='ct-card mt-steps'>
          <View>
            <Text className='ct-title ct-block'>怎么处理</Text>
            <Text className='ct-muted ct-block ct-mt-xs'>
              {can('answer') ? '先回复居民，让他知道您看到了；在楼里解决了就标记解决；要找部门办的，转为随手拍。' : '在楼里解决了就标记解决；要找部门办的，转为随手拍。'}
            </Text>
          </View>
          {can('answer') ? (
            <Button className='ct-btn' type='primary' size='large' loading={spin('answer')} disabled={model.busy} onClick={() => model.openSheet('answer')}>
              回复居民
            </Button>
          ) : null}
          {can('resolve') ? (
            <Button className='ct-btn' type={can('answer') ? 'default' : 'primary'} size='large' loading={spin('resolve')} disabled={model.busy} onClick={() => model.openSheet('resolve')}>
              标记已解决
            </Button>
          ) : null}
          {can('report') ? (
            <Button className='ct-btn' type='default' size='large' loading={spin('report')} disabled={model.busy} onClick={() => model.openSheet('report')}>
              转为随手拍
            </Button>
          ) : null}
          {model.error && !model.sheet ? (
            <View role='alert'>
              <Text className='ct-field-error'>{model.error.message}</Text>
            </View>
          ) : null}
        </View>
      ) : null}

      {model.sheet === 'answer' ? (
        <ReasonSheet
          title='回复居民'
          hint={`${m.resident ?? '居民'}会在“消息”里收到您的回复。`}
          label='回复'
          quick={['收到，我今天就去看看', '我已经和对方沟通了，请再观察两天', '已经联系物业，会尽快处理']}
          placeholder='例如：收到，我今晚去楼上说一下'
          confirmText='发送回复'
          max={REPLY_MAX}
          busy={model.busy}
          error={sheetError}
          onCancel={model.closeSheet}
          onConfirm={(text) => void model.answer(text)}
        />
      ) : null}
      {model.sheet === 'resolve' ? (
        <ReasonSheet
          title='标记已解决'
          hint='写一句是怎么解决的，居民会收到。标记后这件事就办结了。'
          label='解决情况'
          quick={['已经和对方说好了', '杂物已经清走了', '垃圾已经清运了']}
          placeholder='例如：已和502沟通好，晚上十点后不再拖家具'
          confirmText='确认已解决'
          max={REPLY_MAX}
          busy={model.busy}
          error={sheetError}
          onCancel={model.closeSheet}
          onConfirm={(resolution) => void model.resolve(resolution)}
        />
      ) : null}
      {model.sheet === 'report' ? (
        <ReportSheet m={m} busy={model.busy} error={sheetError} fieldErrors={model.fieldErrors} onCancel={model.closeSheet} onConfirm={(input) => void model.report(input)} />
      ) : null}
    </View>
  )
}
