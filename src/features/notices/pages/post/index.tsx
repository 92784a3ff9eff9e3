import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useEffect, type ReactNode } from 'react'
import Choices from '../../../../components/Choices'
import Field from '../../../../components/Field'
import PhotoPicker from '../../../../components/PhotoPicker'
import Page from '../../../../components/Page'
import RemoteView, { EmptyState } from '../../../../components/RemoteView'
import WhenPicker from '../../../../components/WhenPicker'
import Button from '../../../../components/nut/button'
import Input from '../../../../components/nut/input'
import Switch from '../../../../components/nut/switch'
import TextArea from '../../../../components/nut/textarea'
import { useRemote } from '../../../../hooks/useRemote'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import { getReceipts } from '../../api/getReceipts'
import type { BuildingOption, Id, ManagedNotice } from '../../api/types'
import { BODY_MAX, DEFAULT_DAYS, MAX_IMAGES, TITLE_MAX } from '../../hooks/rules'
import { useNoticeForm, type NoticeForm } from '../../hooks/useNoticeForm'
import '../../../../components/Choices.scss'
import '../notices.scss'

export const ENDS_HINT = `到了这个时间，通知会移到住户的“已归档”里。默认${DEFAULT_DAYS}天。`
export const PIN_NOTE = '置顶的通知排在最前面，适合停水停电这类要紧事。'

function Box({ error, children, className }: { error?: string; children: ReactNode; className?: string }) {
  return <View className={`ct-box ${className ?? ''} ${error ? 'ct-box--error' : ''}`}>{children}</View>
}

/** Units as chips that each switch on and off (several may be chosen). */
function UnitChips({ b, f }: { b: BuildingOption; f: NoticeForm }) {
  return (
    <View className='ct-chips nt-units' role='group' aria-label='选择单元'>
      {b.units.map((u) => {
        const on = f.draft.unitIds.includes(u.id)
        return (
          <View key={u.id} className={`ct-chip ${on ? 'ct-chip--on' : ''}`} role='checkbox' aria-checked={on} onClick={() => f.toggleUnit(u.id)}>
            {on ? `✓ ${u.name}` : u.name}
          </View>
        )
      })}
    </View>
  )
}

function Audience({ f, buildings }: { f: NoticeForm; buildings: BuildingOption[] }) {
  const d = f.draft
  const e = f.errors
  const b = f.building
  return (
    <View className='ct-card'>
      <Field label='发给哪栋楼' error={e.buildingId}>
        <Choices
          label='发给哪栋楼'
          options={buildings.map((x) => ({ value: x.id, text: buildings.some((y) => y.communityName !== x.communityName) ? `${x.communityName} ${x.name}` : x.name }))}
          value={d.buildingId}
          onChange={f.chooseBuilding}
        />
      </Field>
      {b ? (
        <Field label='发给谁' hint='只选几个单元时，其他单元的住户看不到这条通知' error={e.unitIds}>
          <Choices
            label='发给谁'
            options={[
              { value: 'all', text: `全楼（${b.units.length}个单元）` },
              { value: 'units', text: '选择单元' },
            ]}
            value={d.reach}
            onChange={f.setReach}
          />
          {d.reach === 'units' ? <UnitChips b={b} f={f} /> : null}
        </Field>
      ) : null}
    </View>
  )
}

function Form({ f, buildings }: { f: NoticeForm; buildings: BuildingOption[] }) {
  const d = f.draft
  const e = f.errors
  const editing = f.editing
  return (
    <View>
      {editing ? (
        <View className='ct-card'>
          <Text className='ct-field__label ct-block'>发给</Text>
          <Text className='ct-text ct-block'>{`${editing.buildingName} · ${editing.audienceLabel}`}</Text>
          <Text className='ct-muted ct-block ct-mt-xs'>发出后不能改发给谁。要发给别的单元，请另发一条。</Text>
        </View>
      ) : (
        <Audience f={f} buildings={buildings} />
      )}

      <View className='ct-card'>
        <Field label='标题' error={e.title}>
          <Box error={e.title}>
            <Input value={d.title} placeholder='例如：本周六上午停水通知' maxLength={TITLE_MAX} aria-label='通知标题' onChange={(v: string) => f.setField('title', v)} />
          </Box>
        </Field>
        <Field label='内容' hint='写清楚什么时间、什么事、请大家做什么' error={e.body}>
          <Box error={e.body} className='nt-textarea'>
            <TextArea
              value={d.body}
              placeholder='例如：因管道检修，本周六8:00-12:00停水，请提前储水。有问题请找楼长。'
              maxLength={BODY_MAX}
              showCount
              aria-label='通知内容'
              onChange={(v: string) => f.setField('body', v)}
            />
          </Box>
        </Field>
      </View>

      <View className='ct-card'>
        <Field label='图片' hint={`可以不放，最多 ${MAX_IMAGES} 张`}>
          <PhotoPicker
            refs={d.images}
            onAdd={f.addImage}
            onRemove={f.removeImage}
            addLabel='添加通知图片'
            addText='添加图片'
            max={MAX_IMAGES}
            error={e.images}
            onBusyChange={f.setUploading}
          />
        </Field>
      </View>

      <View className='ct-card'>
        <View className='ct-spread'>
          <View className='ct-grow'>
            <Text className='ct-title ct-block'>置顶</Text>
            <Text className='ct-muted ct-block'>{PIN_NOTE}</Text>
          </View>
          <Switch className='nt-switch' checked={d.pinned} aria-label='置顶' onChange={(v: boolean) => f.setField('pinned', v)} />
        </View>
      </View>

      <View className='ct-card'>
        <WhenPicker label='截止时间' hint={editing ? '到了这个时间，通知会移到住户的“已归档”里。' : ENDS_HINT} value={d.ends} error={e.endsAt} onChange={f.setEnds} />
      </View>

      {f.errorCount > 0 && !f.submitError ? (
        <View className='nt-notice nt-notice--alert' role='alert'>
          <Text className='ct-text ct-block'>{`还有 ${f.errorCount} 处没填好，请看上面标红的地方。`}</Text>
        </View>
      ) : null}
      {f.submitError && !f.submitError.details?.length ? (
        <View className='nt-notice nt-notice--alert' role='alert'>
          <Text className='ct-text ct-block'>{f.submitError.message}</Text>
          <Text className='ct-muted ct-block ct-mt-xs'>{`您填写的内容都还在，可以直接再点“${editing ? '保存修改' : '发出通知'}”。`}</Text>
        </View>
      ) : null}

      <Button className='ct-btn ct-mt' type='primary' size='large' loading={f.submitting} onClick={() => void f.submit()}>
        {editing ? '保存修改' : '发出通知'}
      </Button>
      <Text className='ct-muted ct-block ct-mt'>
        {editing ? '修改后，原来的内容会留在修改记录里；已读的住户仍算已读。' : '发出后，这些单元已绑定的住户会在“消息”里收到，您可以看到谁家读了。'}
      </Text>
    </View>
  )
}

function PostForm({ editing }: { editing?: ManagedNotice }) {
  const f = useNoticeForm(editing)
  if (editing) return <Form f={f} buildings={[]} />
  return (
    <RemoteView<BuildingOption[]>
      remote={f.buildings}
      rows={3}
      empty={{
        title: '您还不能发楼栋通知',
        hint: '楼长可以给自己负责的楼栋发通知，社区工作人员可以给本社区的楼栋发通知。',
        actionText: '回到首页',
        onAction: () => go(ROUTES.home),
      }}
    >
      {(list) => <Form f={f} buildings={list} />}
    </RemoteView>
  )
}

/** 修改通知: the notice as it stands (from its receipts), then the same form. */
function EditForm({ noticeId }: { noticeId: Id }) {
  const loaded = useRemote(() => getReceipts(noticeId), [noticeId])
  return (
    <RemoteView remote={loaded} rows={3} isEmpty={() => false}>
      {(r) =>
        r.notice.status === 'withdrawn' ? (
          <EmptyState
            title='这条通知已撤回，不能再修改'
            hint='需要的话，请重新发一条。'
            actionText='看看回执'
            onAction={() => go(withQuery(ROUTES.noticeReceipts, { id: noticeId }))}
          />
        ) : (
          <PostForm editing={r.notice} />
        )
      }
    </RemoteView>
  )
}

export function PostScreen({ noticeId }: { noticeId?: Id }) {
  useEffect(() => {
    if (noticeId) Promise.resolve(Taro.setNavigationBarTitle({ title: '修改通知' })).catch(() => undefined)
  }, [noticeId])
  return (
    <Page>
      <View className='nt-head'>
        <Text className='ct-h1 ct-block'>{noticeId ? '修改通知' : '发楼栋通知'}</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>
          {noticeId ? '改标题、内容、图片、置顶或截止时间。' : '发给负责的楼栋或其中几个单元，住户打开就算已读，还能点“收到”。'}
        </Text>
      </View>
      {noticeId ? <EditForm noticeId={noticeId} /> : <PostForm />}
    </Page>
  )
}

export default function PostPage() {
  const { params } = useRouter()
  return <PostScreen noticeId={params.id} />
}
