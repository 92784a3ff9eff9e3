import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useShare } from '../../../../hooks/useShare'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import BrokenLink from '../../../../components/BrokenLink'
import Button from '../../../../components/nut/button'
import { useRemote } from '../../../../hooks/useRemote'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import { getMyVolunteering } from '../../api/getMyVolunteering'
import type { Id, TeamView } from '../../api/types'
import ManageTeam from '../../components/ManageTeam'
import StandingTag from '../../components/StandingTag'
import { activityTime } from '../../hooks/format'
import { useTeam, type TeamModel } from '../../hooks/useTeam'
import '../volunteers.scss'

/** What I can do about this team, as one card: apply, wait, withdraw, leave — or register first. */
function Standing({ team, t, registered }: { team: TeamView; t: TeamModel; registered: boolean | undefined }) {
  const busy = (s: string) => t.busy && t.running === s
  if (team.myStatus === 'approved') {
    return (
      <View className='ct-card'>
        <Text className='ct-text ct-block'>您是本队队员，可以报名队里的活动。</Text>
        <Button className='ct-btn ct-mt' type='default' loading={busy('leave')} disabled={t.busy} onClick={() => void t.leave(false)}>
          退出队伍
        </Button>
      </View>
    )
  }
  if (team.myStatus === 'pending') {
    return (
      <View className='ct-card'>
        <Text className='ct-text ct-block'>申请已提交，正在等队长审核。审核结果会在“消息”里告诉您。</Text>
        <Button className='ct-btn ct-mt' type='default' loading={busy('leave')} disabled={t.busy} onClick={() => void t.leave(true)}>
          撤回申请
        </Button>
      </View>
    )
  }
  if (registered === false) {
    return (
      <View className='ct-card'>
        <Text className='ct-text ct-block'>加入队伍前，请先注册成为志愿者（填写姓名、电话和服务社区）。</Text>
        <Button className='ct-btn ct-mt' type='primary' onClick={() => go(ROUTES.volunteerRegister)}>
          先注册志愿者
        </Button>
      </View>
    )
  }
  return (
    <View className='ct-card'>
      {team.myStatus === 'rejected' ? <Text className='ct-text ct-block'>上次的申请没有通过，原因在“消息”里。可以再申请一次。</Text> : null}
      <Button className='ct-btn ct-mt' type='primary' size='large' loading={busy('apply')} disabled={t.busy} onClick={() => void t.apply()}>
        {team.myStatus === 'rejected' ? '再次申请' : '申请加入'}
      </Button>
    </View>
  )
}

function LoadedTeam({ teamId }: { teamId: Id }) {
  const t = useTeam(teamId)
  const me = useRemote(getMyVolunteering)
  const reloadAll = () => Promise.all([t.reload(), me.reload()])
  usePullRefresh(reloadAll)
  // back from registering or from an activity
  useReloadOnShow(reloadAll)
  useShare(() => ({
    title: t.team.data ? `${t.team.data.name}，欢迎加入` : '志愿服务队',
    path: withQuery(ROUTES.volunteerTeam, { id: teamId }),
  }))
  return (
    <Page>
      <RemoteView<TeamView> remote={t.team} rows={3} isEmpty={() => false}>
        {(team) => (
          <View>
            <View className='ct-card'>
              <Text className='ct-h1 ct-block'>{team.name}</Text>
              <View className='vo-team__head ct-mt-xs'>
                <Text className='ct-tag ct-tag--red'>{team.kindLabel}</Text>
                <StandingTag status={team.myStatus} />
              </View>
              <Text className='ct-text ct-block ct-mt'>{team.description}</Text>
              <Text className='ct-muted ct-block ct-mt'>{`现有队员 ${team.memberCount} 名`}</Text>
            </View>

            <Standing team={team} t={t} registered={me.data?.registered} />

            <Text className='ct-section-title'>近期活动</Text>
            {team.upcoming.length === 0 ? (
              <View className='ct-card'>
                <Text className='ct-muted ct-block'>近期还没有活动。队长发布后会出现在这里，也可以去“志愿活动”看看其他活动。</Text>
                <View className='ct-link ct-mt-xs vo-inline-link' role='link' onClick={() => go(ROUTES.activityList)}>
                  去看志愿活动 ›
                </View>
              </View>
            ) : (
              team.upcoming.map((a) => (
                <View key={a.id} className='ct-card ct-card--tap' role='button' onClick={() => go(withQuery(ROUTES.activityDetail, { id: a.id }))}>
                  <Text className='ct-title ct-block'>{a.title}</Text>
                  <Text className='ct-muted ct-block ct-mt-xs'>{`${activityTime(a.startsAt)} · ${a.placeName}`}</Text>
                </View>
              ))
            )}

            {team.canManage ? <ManageTeam t={t} teamId={teamId} /> : null}

            <View className='ct-links'>
              <View className='ct-link' role='link' onClick={() => go(ROUTES.volunteerTeams)}>
                全部队伍
              </View>
              <View className='ct-link' role='link' onClick={() => go(ROUTES.volunteerHome)}>
                志愿服务
              </View>
            </View>
          </View>
        )}
      </RemoteView>
    </Page>
  )
}

/** Opened without a team id (a cut-off link), the page says so before asking the server anything. */
export function TeamScreen({ teamId }: { teamId: Id | undefined }) {
  if (!teamId) {
    return (
      <Page>
        <BrokenLink hint='请回到首页，从“志愿服务”里重新找到这支队伍。' />
      </Page>
    )
  }
  return <LoadedTeam teamId={teamId} />
}

export default function TeamPage() {
  const { params } = useRouter()
  return <TeamScreen teamId={params.id} />
}
