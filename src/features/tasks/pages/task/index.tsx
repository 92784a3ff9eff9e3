import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import Choices from '../../../../components/Choices'
import Field from '../../../../components/Field'
import Page from '../../../../components/Page'
import PhotoPicker from '../../../../components/PhotoPicker'
import PhotoStrip from '../../../../components/PhotoStrip'
import RemoteView from '../../../../components/RemoteView'
import StatusTag from '../../../../components/StatusTag'
import Button from '../../../../components/nut/button'
import Input from '../../../../components/nut/input'
import { useAction } from '../../../../hooks/useAction'
import { useRemote } from '../../../../hooks/useRemote'
import { toastOk } from '../../../../lib/feedback'
import { formatWhen } from '../../../../lib/time'
import { getTask, reportProgress } from '../../api/tasks'
import type { TaskDetail } from '../../api/types'
import ProgressBar from '../../../../components/ProgressBar'
import { dueText, MAX_PHOTOS, PERCENTS, taskState } from '../../words'
import '../../tasks.scss'

function ReportForm({ taskId, from, onDone }: { taskId: string; from: number; onDone: () => Promise<void> }) {
  const [percent, setPercent] = useState<number | ''>('')
  const [note, setNote] = useState('')
  const [photos, setPhotos] = useState<string[]>([])
  const [uploading, setUploading] = useState(false)
  const send = useAction(
    async () => {
      const done = await reportProgress({ taskId, percent: Number(percent), note: note.trim() || undefined, photos })
      toastOk(done.done ? '任务完成了，辛苦了！' : '进度已汇报')
      setPercent('')
      setNote('')
      setPhotos([])
      await onDone()
    },
    { toastOnError: false },
  )
  return (
    <View className='ct-card'>
      <Text className='ct-title ct-block'>汇报进度</Text>
      <Field label={`现在完成了多少（上次${from}%）`} error={send.fieldErrors.percent}>
        <Choices<number> label='现在完成了多少' value={percent} onChange={setPercent} options={PERCENTS.map((p) => ({ value: p, text: `${p}%` }))} />
      </Field>
      <Field label='做了什么（可不填）' error={send.fieldErrors.note}>
        <View className='ct-box'>
          <Input value={note} maxLength={200} placeholder='例如：东段已清理完，西段明天清' aria-label='做了什么' onChange={(v: string) => setNote(v)} />
        </View>
      </Field>
      <PhotoPicker
        refs={photos}
        max={MAX_PHOTOS}
        addLabel='添加现场照片'
        addText='拍现场照片'
        onAdd={(ref) => setPhotos((list) => [...list, ref])}
        onRemove={(ref) => setPhotos((list) => list.filter((r) => r !== ref))}
        onBusyChange={setUploading}
        error={send.fieldErrors.photos}
      />
      {send.error && !Object.keys(send.fieldErrors).length ? <Text className='ct-field-error ct-block'>{send.error.message}</Text> : null}
      <Button className='ct-btn ct-mt' type='primary' loading={send.busy} disabled={percent === '' || uploading} onClick={() => void send.run()}>
        {percent === '' ? '先选完成了多少' : `汇报：完成${percent}%`}
      </Button>
    </View>
  )
}

/** One task: where it sits in the plan, its progress, the form to report more (for those who do it), and every report so far. */
export function TaskScreen({ taskId }: { taskId: string }) {
  const detail = useRemote(() => getTask(taskId), [taskId])
  return (
    <Page>
      <RemoteView<TaskDetail> remote={detail} rows={4}>
        {({ task, path, canReport, history }) => {
          const state = taskState(task)
          return (
            <View>
              <View className='ct-card'>
                <View className='ct-spread'>
                  <Text className='ct-h1'>{task.title}</Text>
                  <StatusTag status={state.status} label={state.label} />
                </View>
                {path.length ? <Text className='ct-muted ct-block ct-mt-xs'>{path.join(' › ')}</Text> : null}
                <Text className='ct-muted ct-block'>{[`牵头：${task.leadUnit}`, task.responsibleUnits.length ? `责任：${task.responsibleUnits.join('、')}` : '', task.cooperatingUnits.length ? `协同：${task.cooperatingUnits.join('、')}` : ''].filter(Boolean).join(' · ')}</Text>
                <Text className='ct-muted ct-block'>{[`期限${dueText(task.dueOn)}`, task.area ?? '', task.assignee ? `负责人：${task.assignee}` : ''].filter(Boolean).join(' · ')}</Text>
                <ProgressBar value={task.progress} label='进度' />
              </View>
              {canReport ? <ReportForm taskId={task.id} from={task.progress} onDone={detail.reload} /> : null}
              <View className='ct-card'>
                <Text className='ct-title ct-block'>汇报记录</Text>
                {history.length === 0 ? <Text className='ct-muted ct-block ct-mt-xs'>还没有人汇报过进度。</Text> : null}
                {history.map((h) => (
                  <View key={h.id} className='tk-node'>
                    <Text className='ct-text ct-block'>{`${h.by} · ${formatWhen(h.at)} · 完成${h.percent}%`}</Text>
                    {h.note ? <Text className='ct-muted ct-block'>{h.note}</Text> : null}
                    <PhotoStrip refs={h.photos} label={`${h.by}的现场照片`} />
                  </View>
                ))}
              </View>
            </View>
          )
        }}
      </RemoteView>
    </Page>
  )
}

export default function TaskPage() {
  const { params } = useRouter()
  return <TaskScreen taskId={params.id ?? ''} />
}
