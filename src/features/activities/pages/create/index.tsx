import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { useRouter } from '@tarojs/taro'
import Choices from '../../../../components/Choices'
import Field from '../../../../components/Field'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import WhenPicker from '../../../../components/WhenPicker'
import Button from '../../../../components/nut/button'
import Input from '../../../../components/nut/input'
import Switch from '../../../../components/nut/switch'
import TextArea from '../../../../components/nut/textarea'
import { ROUTES, go } from '../../../../lib/routes'
import { AUDIENCE_TEXT, CAPACITY_MAX, DESCRIPTION_MAX, NEARBY_M, PLACE_MAX, POINTS_MAX, TITLE_MAX } from '../../hooks/rules'
import { organiserKey, useCreateForm, type CreateForm } from '../../hooks/useCreateForm'
import type { Audience, OrganiserOption } from '../../api/types'
import '../activities.scss'

export const PLACE_FALLBACK_NOTE = '没能获取定位，暂用县城中心的位置。要求现场签到的活动，请到活动地点再定位一次。'
export const POINTS_NOTE = '只按扫码签到、签退的时长计算积分；活动后补录或加上的时长只记时长，不给积分。'

function PlaceStatus({ f }: { f: CreateForm }) {
  const d = f.draft
  if (d.placeSource === 'fallback') {
    return (
      <View className='ac-notice ac-notice--info' role='status'>
        <Text className='ct-text'>{PLACE_FALLBACK_NOTE}</Text>
      </View>
    )
  }
  const text = d.lat === null ? '还没有定位置' : d.placeSource === 'picked' ? '已在地图上选好位置' : '已用您现在的位置'
  return (
    <View role='status'>
      <Text className='ct-text ct-block'>{text}</Text>
    </View>
  )
}

function Box({ error, children, className }: { error?: string; children: ReactNode; className?: string }) {
  return <View className={`ct-box ${className ?? ''} ${error ? 'ct-box--error' : ''}`}>{children}</View>
}

function Form({ f, organisers }: { f: CreateForm; organisers: OrganiserOption[] }) {
  const d = f.draft
  const e = f.errors
  const team = d.organiser.startsWith('team:')
  const audiences: Audience[] = team ? ['members', 'volunteers', 'residents'] : ['volunteers', 'residents']
  const placed = d.lat !== null
  const locateText = f.place.isH5 ? (placed ? '重新定位' : '用我现在的位置') : placed ? '重新选择位置' : '在地图上选位置'
  return (
    <View>
      <View className='ct-card'>
        <Field label='以谁的名义发布' error={e.organiser}>
          <Choices
            label='以谁的名义发布'
            options={organisers.map((o) => ({ value: organiserKey(o), text: o.name }))}
            value={d.organiser}
            onChange={f.chooseOrganiser}
          />
        </Field>
      </View>

      <View className='ct-card'>
        <Field label='活动名称' error={e.title}>
          <Box error={e.title}>
            <Input value={d.title} placeholder='例如：周六清扫文化广场' maxLength={TITLE_MAX} aria-label='活动名称' onChange={(v: string) => f.setField('title', v)} />
          </Box>
        </Field>
        <Field label='活动介绍' hint='做什么、穿什么带什么、在哪儿集合' error={e.description}>
          <Box error={e.description} className='ac-textarea'>
            <TextArea
              value={d.description}
              placeholder='例如：清扫广场和周边绿化带的垃圾，请穿运动鞋，工具由队里准备。8:50在广场东门集合。'
              maxLength={DESCRIPTION_MAX}
              showCount
              aria-label='活动介绍'
              onChange={(v: string) => f.setField('description', v)}
            />
          </Box>
        </Field>
      </View>

      <View className='ct-card'>
        <Field label='活动地点' error={e.placeName}>
          <Box error={e.placeName}>
            <Input value={d.placeName} placeholder='例如：和平社区文化广场东门' maxLength={PLACE_MAX} aria-label='活动地点' onChange={(v: string) => f.setField('placeName', v)} />
          </Box>
        </Field>
        <Field label='地图上的位置' hint='报名的人按它找到地方；要求现场签到时，按它算距离' error={e.place}>
          <PlaceStatus f={f} />
          <Button className='ct-btn ct-mt' type='default' loading={f.place.locating} onClick={() => void f.locate()}>
            {f.place.locating ? '正在定位…' : locateText}
          </Button>
        </Field>
      </View>

      <View className='ct-card'>
        <WhenPicker label='开始时间' value={d.start} error={e.startsAt} onChange={f.setStart} />
        <WhenPicker label='结束时间' value={d.end} error={e.endsAt} onChange={f.setEnd} />
        <WhenPicker label='报名截止' hint='最晚到开始时间；截止后不能再报名或取消' value={d.deadline} error={e.signupDeadline} onChange={f.setDeadline} />
      </View>

      <View className='ct-card'>
        <Field label='招募人数' hint='报满后还可以候补，有人取消时按顺序递补' error={e.capacity}>
          <Box error={e.capacity} className='ac-number'>
            <Input type='number' value={d.capacity} placeholder='例如：20' maxLength={String(CAPACITY_MAX).length} aria-label='招募人数' onChange={(v: string) => f.setField('capacity', v)} />
            <Text className='ac-number__unit'>人</Text>
          </Box>
        </Field>
        <Field label='谁可以报名' error={e.audience}>
          <Choices label='谁可以报名' options={audiences.map((a) => ({ value: a, text: AUDIENCE_TEXT[a] }))} value={d.audience} onChange={(a) => f.setField('audience', a)} />
        </Field>
        <Field label='每服务1小时给多少积分' hint={POINTS_NOTE} error={e.pointsPerHour}>
          <Box error={e.pointsPerHour} className='ac-number'>
            <Input type='number' value={d.pointsPerHour} placeholder={`0 到 ${POINTS_MAX}`} maxLength={3} aria-label='每小时积分' onChange={(v: string) => f.setField('pointsPerHour', v)} />
            <Text className='ac-number__unit'>积分/小时</Text>
          </Box>
        </Field>
      </View>

      <View className='ct-card ct-spread'>
        <View className='ct-grow'>
          <Text className='ct-title ct-block'>只能在现场签到</Text>
          <Text className='ct-muted ct-block'>{`签到、签退时要在活动地点${NEARBY_M}米内，会用到参加者的位置`}</Text>
        </View>
        <Switch className='ac-switch' checked={d.requireNearby} aria-label='只能在现场签到' onChange={(v: boolean) => f.setField('requireNearby', v)} />
      </View>

      {f.errorCount > 0 && !f.submitError ? (
        <View className='ac-notice ac-notice--alert' role='alert'>
          <Text className='ct-text ct-block'>{`还有 ${f.errorCount} 处没填好，请看上面标红的地方。`}</Text>
        </View>
      ) : null}
      {f.submitError && !f.submitError.details?.length ? (
        <View className='ac-notice ac-notice--alert' role='alert'>
          <Text className='ct-text ct-block'>{f.submitError.message}</Text>
          <Text className='ct-muted ct-block ct-mt-xs'>您填写的内容都还在，可以直接再点“发布活动”。</Text>
        </View>
      ) : null}

      <Button className='ct-btn ct-mt' type='primary' size='large' loading={f.submitting} onClick={() => void f.submit()}>
        发布活动
      </Button>
      <Text className='ct-muted ct-block ct-mt'>发布后，能报名的人会在“志愿活动”里看到它。</Text>
    </View>
  )
}

export function CreateScreen({ teamId }: { teamId?: string }) {
  const f = useCreateForm(teamId)
  return (
    <Page>
      <View className='ac-head'>
        <Text className='ct-h1 ct-block'>发布活动</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>写清楚时间、地点和要做的事，大家报名后到现场扫码签到，活动后由您确认服务时长。</Text>
      </View>
      <RemoteView<OrganiserOption[]>
        remote={f.organisers}
        rows={3}
        empty={{
          title: '您还不能发布活动',
          hint: '志愿队队长可以发布本队的活动，社区工作人员可以发布本社区的活动。',
          actionText: '看看志愿活动',
          onAction: () => go(ROUTES.activityList),
        }}
      >
        {(list) => <Form f={f} organisers={list} />}
      </RemoteView>
    </Page>
  )
}

export default function CreatePage() {
  const { params } = useRouter()
  return <CreateScreen teamId={params.teamId} />
}
