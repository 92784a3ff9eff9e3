import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useShare } from '../../../../hooks/useShare'
import { useState } from 'react'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Tabs from '../../../../components/Tabs'
import { useRemote } from '../../../../hooks/useRemote'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import { listTeams } from '../../api/listTeams'
import type { TeamCard } from '../../api/types'
import TeamRow from '../../components/TeamRow'
import '../volunteers.scss'

type Kind = TeamCard['kind']

const KIND_TABS: { key: Kind; text: string }[] = [
  { key: 'standing', text: '常设队伍' },
  { key: 'specialty', text: '专项队伍' },
]

const KIND_HINTS: Record<Kind, string> = {
  standing: '长期开展服务的队伍：理论宣讲、法治宣传、环境卫士、健康服务……',
  specialty: '围绕一类人群或一件事组建的队伍：党员先锋、助残、文明交通、青年、巾帼……',
}

export function useTeams() {
  return useRemote<TeamCard[]>(listTeams)
}

export function TeamsScreen({ teams, initialKind }: { teams: ReturnType<typeof useTeams>; initialKind?: string }) {
  const [kind, setKind] = useState<Kind>(initialKind === 'specialty' ? 'specialty' : 'standing')
  return (
    <Page>
      <View className='vo-head'>
        <Text className='ct-h1 ct-block'>志愿服务队</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>挑一支想加入的队伍，点进去申请；队长同意后就是队员了。</Text>
      </View>
      <Tabs tabs={KIND_TABS} value={kind} onChange={setKind} />
      <Text className='ct-muted ct-block vo-tab-hint'>{KIND_HINTS[kind]}</Text>
      <RemoteView<TeamCard[]>
        remote={teams}
        rows={3}
        isEmpty={(list) => !list.some((t) => t.kind === kind)}
        empty={{ title: '这一类还没有队伍', hint: '换到另一类看看，或者过几天再来。' }}
      >
        {(list) => (
          <View>
            {list
              .filter((t) => t.kind === kind)
              .map((t) => (
                <TeamRow key={t.id} team={t} onOpen={() => go(withQuery(ROUTES.volunteerTeam, { id: t.id }))} />
              ))}
          </View>
        )}
      </RemoteView>
    </Page>
  )
}

export default function TeamsPage() {
  const { params } = useRouter()
  const teams = useTeams()
  usePullRefresh(teams.reload)
  // back from a team page: my standing may have changed
  useReloadOnShow(teams.reload)
  useShare(() => ({ title: '志愿服务队，欢迎加入', path: ROUTES.volunteerTeams }))
  return <TeamsScreen teams={teams} initialKind={params.kind} />
}
