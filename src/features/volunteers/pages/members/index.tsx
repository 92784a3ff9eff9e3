import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import Page from '../../../../components/Page'
import RemoteView, { EmptyState } from '../../../../components/RemoteView'
import BrokenLink from '../../../../components/BrokenLink'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import type { Id, TeamView } from '../../api/types'
import ManageTeam from '../../components/ManageTeam'
import { useTeam } from '../../hooks/useTeam'
import '../volunteers.scss'

/**
 * 队员管理, where a notice about a new application takes the team's leader:
 * the applications to decide and the roster. Anyone else is told it is the
 * leader's page and offered the team's own.
 */
function LoadedMembers({ teamId }: { teamId: Id }) {
  const t = useTeam(teamId)
  usePullRefresh(t.reload)
  useReloadOnShow(t.reload)
  return (
    <Page>
      <RemoteView<TeamView> remote={t.team} rows={3} isEmpty={() => false}>
        {(team) =>
          team.canManage ? (
            <View>
              <View className='vo-head'>
                <Text className='ct-h1 ct-block'>{team.name}</Text>
                <Text className='ct-muted ct-block ct-mt-xs'>{`现有队员 ${team.memberCount} 名`}</Text>
              </View>
              <ManageTeam t={t} teamId={teamId} />
            </View>
          ) : (
            <EmptyState
              title='只有本队队长可以查看队员名单'
              hint={`您可以看看${team.name}的介绍和近期活动。`}
              actionText='查看队伍'
              onAction={() => go(withQuery(ROUTES.volunteerTeam, { id: teamId }))}
            />
          )
        }
      </RemoteView>
    </Page>
  )
}

export function MembersScreen({ teamId }: { teamId: Id | undefined }) {
  if (!teamId) {
    return (
      <Page>
        <BrokenLink hint='请回到首页，从“志愿服务”里重新找到这支队伍。' />
      </Page>
    )
  }
  return <LoadedMembers teamId={teamId} />
}

export default function MembersPage() {
  const { params } = useRouter()
  return <MembersScreen teamId={params.id} />
}
