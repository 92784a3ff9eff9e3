import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import Choices from '../../../../components/Choices'
import Field from '../../../../components/Field'
import ForChildren from '../../../../components/ForChildren'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import WhenPicker, { whenIso, type When } from '../../../../components/WhenPicker'
import Button from '../../../../components/nut/button'
import Input from '../../../../components/nut/input'
import TextArea from '../../../../components/nut/textarea'
import { useAction } from '../../../../hooks/useAction'
import { useDraft } from '../../../../hooks/useDraft'
import { useRemote } from '../../../../hooks/useRemote'
import { getMe } from '../../../../lib/api/identity'
import { listCommunities } from '../../../../lib/api/places'
import { getMyPoints } from '../../../../lib/api/points'
import type { Me } from '../../../../lib/api-types'
import { toastOk } from '../../../../lib/feedback'
import { serverErrors } from '../../../../lib/form'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import { beijing } from '../../../../lib/time'
import { postRequest } from '../../api/postRequest'
import { HELP_KIND_LABELS, HELP_KINDS, MAX_OPEN_REQUESTS, MAX_POINTS, type HelpKind } from '../../api/types'
import { DURATIONS } from '../../words'
import '../../help.scss'

export interface HelpDraft {
  kind: HelpKind | ''
  details: string
  communityId: string
  place: string
  when: When
  minutes: number
  points: string
  /** staff only: the named person without WeChat they post for ('' for oneself) */
  forName: string
}

export const POST_DRAFT_KEY = 'help.post'

export function emptyHelp(now: number = Date.now()): HelpDraft {
  return { kind: '', details: '', communityId: '', place: '', when: { date: beijing(now).add(1, 'day').format('YYYY-MM-DD'), time: '09:00' }, minutes: 60, points: '20', forName: '' }
}

/** Checked before sending; the server checks again with the same rules. */
export function validateHelp(d: HelpDraft, balance: number | null, now: number = Date.now()): Record<string, string> {
  const e: Record<string, string> = {}
  if (!d.kind) e.kind = '请选择需要哪种帮忙'
  if (d.kind === 'other' && !d.details.trim()) e.details = '选“其他帮忙”时，请写一句需要帮什么'
  if (!d.communityId) e.communityId = '请选择在哪个社区或村'
  if (d.place.trim().length < 2) e.place = '请写上在哪儿，例如：幸福里社区3号楼2单元'
  if (new Date(whenIso(d.when)).getTime() < now) e.startsAt = '这个时间已经过去了，请选一个以后的时间'
  const points = /^\d+$/.test(d.points.trim()) ? Number(d.points.trim()) : NaN
  if (!Number.isInteger(points) || points < 1) e.points = '请填写给多少积分（至少1分）'
  else if (points > MAX_POINTS) e.points = `积分不能超过${MAX_POINTS}`
  else if (!d.forName.trim() && balance !== null && points > balance) e.points = `您现在有${balance}积分，不够给${points}分`
  return e
}

interface Loaded {
  me: Me
  communities: { id: string; name: string }[]
  balance: number
}

function Box({ error, children, className }: { error?: string; children: React.ReactNode; className?: string }) {
  return <View className={`ct-box ${className ?? ''} ${error ? 'ct-box--error' : ''}`}>{children}</View>
}

export function PostForm({ loaded }: { loaded: Loaded }) {
  const { me, communities, balance } = loaded
  const home = me.household?.communityId ?? ''
  const staffOf = me.roles.filter((r) => r.role === 'staff').map((r) => r.scopeId)
  const draft = useDraft<HelpDraft>(POST_DRAFT_KEY, { ...emptyHelp(), communityId: home })
  const d = draft.value
  const [errors, setErrors] = useState<Record<string, string>>({})
  const forOther = d.forName.trim() !== ''
  const act = useAction(
    async () => {
      const made = await postRequest({
        kind: d.kind as HelpKind,
        details: d.details.trim() || undefined,
        communityId: d.communityId,
        place: d.place.trim(),
        startsAt: whenIso(d.when),
        minutes: d.minutes,
        points: Number(d.points.trim()),
        forName: d.forName.trim() || undefined,
      })
      draft.clear()
      toastOk('已发布')
      go(withQuery(ROUTES.helpDetail, { id: made.id }))
    },
    { toastOnError: false },
  )
  const submit = () => {
    const e = validateHelp(d, balance)
    setErrors(e)
    if (Object.keys(e).length === 0) void act.run()
  }
  const shown = { ...serverErrors(act.fieldErrors), ...errors }
  return (
    <View>
      <View className='ct-card'>
        <Text className='ct-text ct-block'>{`我的积分：${balance}`}</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>{`发布后，给出的积分先由平台暂存；帮完、双方都确认后才付给帮忙的人。没人接单时可以随时取消，积分退回。同时最多发布${MAX_OPEN_REQUESTS}个需求。`}</Text>
      </View>
      <View className='ct-card'>
        <Field label='需要哪种帮忙' error={shown.kind}>
          <Choices label='需要哪种帮忙' options={HELP_KINDS.map((k) => ({ value: k, text: HELP_KIND_LABELS[k] }))} value={d.kind} onChange={(k) => draft.update('kind', k)} />
        </Field>
        <Field label='具体说说' hint='选填；选“其他帮忙”时必填' error={shown.details}>
          <Box error={shown.details}>
            <TextArea value={d.details} placeholder='例如：周三上午陪我去县医院复查，我腿脚不方便' maxLength={200} showCount aria-label='具体说说' onChange={(v: string) => draft.update('details', v)} />
          </Box>
        </Field>
      </View>
      <View className='ct-card'>
        <Field label='在哪个社区或村' error={shown.communityId}>
          <Choices label='在哪个社区或村' options={communities.map((c) => ({ value: c.id, text: c.name }))} value={d.communityId} onChange={(id) => draft.update('communityId', id)} />
        </Field>
        <Field label='具体地点' error={shown.place}>
          <Box error={shown.place}>
            <Input value={d.place} placeholder='例如：幸福里社区3号楼2单元楼下' maxLength={60} aria-label='具体地点' onChange={(v: string) => draft.update('place', v)} />
          </Box>
        </Field>
      </View>
      <View className='ct-card'>
        <WhenPicker label='什么时候' value={d.when} error={shown.startsAt} onChange={(w) => draft.update('when', w)} />
        <Field label='大约多长时间'>
          <Choices label='大约多长时间' options={DURATIONS} value={d.minutes} onChange={(m) => draft.update('minutes', m)} />
        </Field>
        <Field label='给多少积分' hint='帮完、双方都确认后付给帮忙的人' error={shown.points}>
          <Box error={shown.points} className='hp-number'>
            <Input type='number' value={d.points} placeholder='例如：20' maxLength={4} aria-label='给多少积分' onChange={(v: string) => draft.update('points', v)} />
            <Text className='hp-number__unit'>积分</Text>
          </Box>
        </Field>
      </View>
      {staffOf.length > 0 ? (
        <View className='ct-card'>
          <Field label='替没有微信的居民发布' hint='社区工作人员可以替本社区的老人、残疾人发布，积分由县里出；接单、确认都由您代办。只替自己发布就空着。' error={shown.forName}>
            <Box error={shown.forName}>
              <Input value={d.forName} placeholder='例如：刘秀英' maxLength={20} aria-label='替谁发布' onChange={(v: string) => draft.update('forName', v)} />
            </Box>
          </Field>
          {forOther && !staffOf.includes(d.communityId) ? <Text className='ct-muted ct-block'>请在上面选您负责的社区。</Text> : null}
        </View>
      ) : null}
      {act.error && !act.error.details?.length ? (
        <View className='ct-card' role='alert'>
          <Text className='ct-text ct-block'>{act.error.message}</Text>
          <Text className='ct-muted ct-block ct-mt-xs'>您填写的内容都还在，可以直接再点“发布”。</Text>
        </View>
      ) : null}
      <Button className='ct-btn ct-mt' type='primary' size='large' loading={act.busy} onClick={submit}>
        发布
      </Button>
    </View>
  )
}

async function load(): Promise<Loaded> {
  const [me, communities, points] = await Promise.all([getMe(), listCommunities(), getMyPoints()])
  return { me, communities, balance: points.balance }
}

export default function PostHelpPage() {
  const remote = useRemote(load)
  return (
    <Page>
      <View className='ct-card'>
        <Text className='ct-h1 ct-block'>请人帮忙</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>用积分请志愿者帮忙：陪同就医、修水龙头、辅导功课……帮人的人有人帮。</Text>
      </View>
      <RemoteView<Loaded> remote={remote} rows={4} isEmpty={() => false}>
        {(loaded) => (loaded.me.user.isMinor ? <ForChildren title='请家长来发布' why='请人帮忙要花掉家里攒的积分，请爸爸妈妈用他们的微信来发布。' /> : <PostForm loaded={loaded} />)}
      </RemoteView>
    </Page>
  )
}
