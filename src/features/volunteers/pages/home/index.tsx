import { Text, View } from '@tarojs/components'
import { useShare } from '../../../../hooks/useShare'
import ForChildren from '../../../../components/ForChildren'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Figure from '../../../../components/Figure'
import Button from '../../../../components/nut/button'
import { useRemote, type Remote } from '../../../../hooks/useRemote'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import { getMyVolunteering } from '../../api/getMyVolunteering'
import type { MeView } from '../../api/types'
import TeamRow from '../../components/TeamRow'
import { hoursFigure } from '../../hooks/format'
import '../volunteers.scss'
import { useIsChild } from '../../../../hooks/useIsChild'
import { VOLUNTEER_AGE, VOLUNTEER_AGE_WHY } from '../../hooks/rules'

export const REGISTER_PITCH = '注册后可以加入志愿服务队、报名志愿活动。服务时长有记录、能开证明，还能攒积分。'

interface Entry {
  key: string
  title: string
  note: string
  url: string
}

function entriesFor(registered: boolean): Entry[] {
  const all: (Entry & { needsProfile?: boolean })[] = [
    { key: 'activities', title: '志愿活动', note: '报名身边的活动', url: ROUTES.activityList },
    { key: 'mine', title: '我报名的', note: '签到、签退', url: withQuery(ROUTES.activityList, { tab: 'mine' }), needsProfile: true },
    { key: 'teams', title: '志愿队伍', note: '常设队和专项队', url: ROUTES.volunteerTeams },
    { key: 'hours', title: '服务时长', note: '按月、按队伍', url: ROUTES.volunteerHours, needsProfile: true },
    { key: 'certificate', title: '服务证明', note: '志愿服务记录证明', url: ROUTES.volunteerCertificate, needsProfile: true },
    { key: 'leaderboard', title: '排行榜', note: '队伍和社区', url: ROUTES.volunteerLeaderboard },
    { key: 'points', title: '我的积分', note: '积分明细', url: ROUTES.points, needsProfile: true },
    { key: 'help', title: '互助大厅', note: '用积分互相帮忙', url: ROUTES.helpOpen, needsProfile: true },
    { key: 'helpMine', title: '我的互助', note: '求助和帮过的', url: ROUTES.helpMine },
    { key: 'proxy', title: '代填问卷', note: '在路口帮居民填', url: ROUTES.questionnaireProxy, needsProfile: true },
  ]
  return all.filter((e) => registered || !e.needsProfile)
}

function Entries({ registered }: { registered: boolean }) {
  return (
    <View className='vo-tiles'>
      {entriesFor(registered).map((e) => (
        <View key={e.key} className='vo-tile' role='button' onClick={() => go(e.url)}>
          <Text className='vo-tile__title'>{e.title}</Text>
          <Text className='vo-tile__note'>{e.note}</Text>
        </View>
      ))}
    </View>
  )
}

function NotRegistered() {
  return (
    <View>
      <View className='ct-card vo-hero'>
        <Text className='ct-h1 ct-block'>成为志愿者</Text>
        <Text className='ct-text ct-block ct-mt-xs'>{REGISTER_PITCH}</Text>
        <Button className='ct-btn ct-mt' type='primary' size='large' onClick={() => go(ROUTES.volunteerRegister)}>
          注册志愿者
        </Button>
        <Text className='ct-muted ct-block ct-mt'>只要填写姓名、电话和服务社区，一分钟就好。</Text>
      </View>
      <Text className='ct-section-title'>先看看</Text>
      <Entries registered={false} />
    </View>
  )
}

function Registered({ me }: { me: MeView }) {
  const p = me.profile
  const joined = me.teams.filter((t) => t.myStatus === 'approved' || t.myStatus === 'pending')
  return (
    <View>
      <View className='ct-card vo-hero'>
        <View className='ct-spread'>
          <View className='ct-grow'>
            <Text className='ct-muted ct-block'>志愿者</Text>
            <Text className='ct-h1 ct-block'>{p?.realName ?? ''}</Text>
            <Text className='ct-muted ct-block'>{`服务社区：${p?.communityName ?? ''}`}</Text>
          </View>
          <View className='ct-link vo-hero__edit' role='button' onClick={() => go(ROUTES.volunteerRegister)}>
            修改资料
          </View>
        </View>
        <View className='vo-figures'>
          <View className='vo-figures__item' role='button' onClick={() => go(ROUTES.volunteerHours)}>
            <Figure value={hoursFigure(me.totalMinutes)} unit='小时' label='服务时长 ›' />
          </View>
          <View className='vo-figures__item' role='button' onClick={() => go(ROUTES.volunteerHours)}>
            <Figure value={me.activityCount} unit='次' label='参加活动 ›' />
          </View>
          <View className='vo-figures__item' role='button' onClick={() => go(ROUTES.points)}>
            <Figure value={me.points} label='积分 ›' />
          </View>
        </View>
      </View>

      <Text className='ct-section-title'>我的队伍</Text>
      {joined.length ? (
        joined.map((t) => <TeamRow key={t.id} team={t} onOpen={() => go(withQuery(ROUTES.volunteerTeam, { id: t.id }))} />)
      ) : (
        <View className='ct-card'>
          <Text className='ct-text ct-block'>还没有加入志愿服务队。加入队伍后，就能报名队里的活动。</Text>
          <Button className='ct-btn ct-mt' type='primary' onClick={() => go(ROUTES.volunteerTeams)}>
            找一支队伍加入
          </Button>
        </View>
      )}

      <Text className='ct-section-title'>志愿服务</Text>
      <Entries registered />
    </View>
  )
}

export function VolunteerHomeScreen({ me, isChild = false }: { me: Remote<MeView>; isChild?: boolean }) {
  if (isChild) {
    return (
      <Page>
        <ForChildren title={VOLUNTEER_AGE} why={VOLUNTEER_AGE_WHY} />
      </Page>
    )
  }
  return (
    <Page>
      <RemoteView<MeView> remote={me} rows={3} isEmpty={() => false}>
        {(m) => (m.registered ? <Registered me={m} /> : <NotRegistered />)}
      </RemoteView>
    </Page>
  )
}

export default function VolunteerHomePage() {
  const me = useRemote<MeView>(getMyVolunteering)
  usePullRefresh(me.reload)
  // back from registering, a team or an activity: hours, points and teams may have changed
  useReloadOnShow(me.reload)
  useShare(() => ({ title: '一起来做志愿者吧', path: ROUTES.volunteerHome }))
  return <VolunteerHomeScreen me={me} isChild={useIsChild() === true} />
}
