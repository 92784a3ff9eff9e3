import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useShare } from '../../../../hooks/useShare'
import Page from '../../../../components/Page'
import RemoteView, { EmptyState } from '../../../../components/RemoteView'
import ListItem from '../../../../components/ListItem'
import Button from '../../../../components/nut/button'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useRemote } from '../../../../hooks/useRemote'
import { getMe } from '../../../../lib/api/identity'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import FamilyCard from '../../components/FamilyCard'
import PhaseBadge from '../../components/PhaseBadge'
import PhaseTimeline from '../../components/PhaseTimeline'
import RankingChart from '../../components/RankingChart'
import Tabs from '../../../../components/Tabs'
import { formatAt, rulesText } from '../../components/words'
import { ranked, useCampaign, type CampaignModel, type CampaignPageData, type CampaignView } from '../../hooks/useCampaign'
import type { CampaignDetail, FamilyEntry } from '../../api/types'
import '../families.scss'
import './index.scss'

const openFamily = (c: CampaignDetail, e: FamilyEntry) => go(withQuery(ROUTES.familyPage, { id: e.nominationId, campaignId: c.id }))

/** 推荐邻居家庭: adults with a bound home may nominate a neighbour's family (that household agrees first); children only their own. */
function NeighbourButton({ c, primary }: { c: CampaignDetail; primary: boolean }) {
  const me = useRemote(getMe)
  const m = me.data
  if (!m || m.user.isMinor || !m.household) return null
  return (
    <Button
      className='ct-btn ct-mt'
      type={primary ? 'primary' : 'default'}
      size={primary ? 'large' : undefined}
      onClick={() => go(withQuery(ROUTES.familyNominate, { campaignId: c.id, target: 'neighbour' }))}
    >
      推荐邻居家庭
    </Button>
  )
}

/** What the person can do now, by phase: nominate, see their nomination, votes left, the results. */
function PhaseAction({ c }: { c: CampaignDetail }) {
  const mine = c.myNominationId ? (
    <Button className='ct-btn ct-mt' type='primary' fill='outline' onClick={() => go(withQuery(ROUTES.familyNomination, { id: c.myNominationId as string }))}>
      查看我的推荐
    </Button>
  ) : null

  if (c.phase === 'upcoming') {
    return (
      <View className='ct-card'>
        <Text className='fm-action__title'>{`${formatAt(c.nominationStartsAt)} 开始推荐`}</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>先想想您家有哪些好家风、好故事，到时候来推荐吧。</Text>
      </View>
    )
  }
  if (c.phase === 'nomination') {
    if (c.myNominationId) {
      return (
        <View className='ct-card'>
          <Text className='fm-action__title'>您家已经被推荐了</Text>
          <Text className='ct-muted ct-block ct-mt-xs'>审核通过后，会出现在投票名单里。也可以推荐一户好邻居，他们家同意后才会交给社区审核。</Text>
          {mine}
          <NeighbourButton c={c} primary={false} />
        </View>
      )
    }
    if (c.mayNominate) {
      return (
        <View className='ct-card'>
          <Text className='fm-action__title'>欢迎推荐您的家庭</Text>
          <Text className='ct-muted ct-block ct-mt-xs'>{`写下您家的好家风、好故事，孩子也可以来推荐自己的家；也可以推荐身边的好邻居。${formatAt(c.nominationEndsAt)} 截止。`}</Text>
          <Button
            className='ct-btn ct-mt'
            type='primary'
            size='large'
            onClick={() => go(withQuery(ROUTES.familyNominate, { campaignId: c.id }))}
          >
            推荐我的家庭
          </Button>
          <NeighbourButton c={c} primary={false} />
        </View>
      )
    }
    return (
      <View className='ct-card'>
        <Text className='fm-action__title'>绑定住户后就能推荐</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>推荐的是您住的这一户。先绑定住户，再来推荐您的家庭。</Text>
        <Button className='ct-btn ct-mt' type='primary' onClick={() => go(ROUTES.household)}>
          去绑定住户
        </Button>
      </View>
    )
  }
  if (c.phase === 'review') {
    return (
      <View className='ct-card'>
        <Text className='fm-action__title'>推荐已截止，社区正在审核</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>{`投票 ${formatAt(c.votingStartsAt)} 开始，到时候来给喜欢的家庭投票吧。`}</Text>
        {mine}
      </View>
    )
  }
  if (c.phase === 'voting') {
    const left = c.votesLeftToday ?? 0
    return (
      <View className='ct-card' role='status'>
        {left > 0 ? (
          <View className='fm-left'>
            <Text className='ct-text'>今天还可以投</Text>
            <Text className='fm-left__num'>{left}</Text>
            <Text className='ct-text'>票</Text>
          </View>
        ) : (
          <Text className='fm-action__title'>今天的票已经投完了，明天再来吧</Text>
        )}
        <Text className='ct-muted ct-block ct-mt-xs'>{`${rulesText(c.rules)[0]}。投票 ${formatAt(c.votingEndsAt)} 截止。`}</Text>
        {mine}
      </View>
    )
  }
  return (
    <View className='ct-card'>
      <Text className='fm-action__title'>评选结果已公布</Text>
      <Text className='ct-muted ct-block ct-mt-xs'>谢谢每一位推荐、投票的居民。下面是最终的排名。</Text>
    </View>
  )
}

const TABS: Record<'voting' | 'results', { key: CampaignView; text: string }[]> = {
  voting: [
    { key: 'list', text: '全部家庭' },
    { key: 'ranking', text: '排行榜' },
  ],
  results: [
    { key: 'ranking', text: '评选结果' },
    { key: 'list', text: '全部家庭' },
  ],
}

const EMPTY: Record<string, { title: string; hint: string }> = {
  voting: { title: '投票名单还是空的', hint: '审核通过的家庭会出现在这里' },
  results: { title: '这次评选没有入选的家庭', hint: '看看往届评选吧' },
  other: { title: '还没有家庭入选', hint: '推荐的家庭经家长同意、社区审核通过后，会出现在这里' },
}

function Families({ d, m }: { d: CampaignPageData; m: CampaignModel }) {
  const c = d.detail as CampaignDetail
  const counted = c.phase === 'voting' || c.phase === 'results'
  const empty = EMPTY[counted ? c.phase : 'other']
  return (
    <View>
      <Text className='ct-section-title'>{counted ? (c.phase === 'voting' ? '为文明家庭投票' : '评选揭晓') : '已入选的家庭'}</Text>
      {counted && d.entries.length ? <Tabs tabs={TABS[c.phase as 'voting' | 'results']} value={m.view} onChange={m.setView} /> : null}
      {!d.entries.length ? (
        <EmptyState title={empty.title} hint={empty.hint} />
      ) : counted && m.view === 'ranking' ? (
        <RankingChart entries={ranked(d.entries)} title={c.phase === 'results' ? '评选结果（最终票数）' : '排行榜（实时票数）'} onOpen={(e) => openFamily(c, e)} />
      ) : (
        d.entries.map((e) => (
          <FamilyCard
            key={e.nominationId}
            e={e}
            showVotes={counted}
            onOpen={() => openFamily(c, e)}
            vote={
              c.phase === 'voting'
                ? {
                    busy: m.vote.busy && m.vote.pressing === e.nominationId,
                    disabled: m.vote.busy,
                    own: e.nominationId === c.myNominationId,
                    voted: m.vote.voted(e.nominationId),
                    error: m.vote.refusal(e.nominationId),
                    onVote: () => void m.vote.vote(e.nominationId),
                  }
                : undefined
            }
          />
        ))
      )}
    </View>
  )
}

function CampaignBody({ d, m }: { d: CampaignPageData; m: CampaignModel }) {
  const c = d.detail as CampaignDetail
  const others = d.campaigns.filter((x) => x.id !== c.id)
  return (
    <View>
      <View className='ct-card fm-hero'>
        <Text className='fm-hero__title'>{c.title}</Text>
        <PhaseBadge phase={c.phase} label={c.phaseLabel} />
        <Text className='fm-hero__note'>{c.entries ? `已有 ${c.entries} 个家庭入选` : '小手拉大手，文明一起走'}</Text>
      </View>

      <PhaseAction c={c} />
      <Families d={d} m={m} />

      <Text className='ct-section-title'>评选日程</Text>
      <View className='ct-card'>
        <PhaseTimeline c={c} />
      </View>

      <Text className='ct-section-title'>评选说明</Text>
      <View className='ct-card'>
        <Text className='ct-text ct-block fm-desc'>{c.description}</Text>
        <View className='fm-rules' role='list' aria-label='评选规则'>
          {rulesText(c.rules).map((r) => (
            <View key={r} className='fm-rule' role='listitem'>
              <Text className='fm-rule__mark' aria-hidden='true'>
                •
              </Text>
              <Text className='ct-text ct-grow'>{r}</Text>
            </View>
          ))}
        </View>
      </View>

      {others.length ? (
        <>
          <Text className='ct-section-title'>{others.every((o) => o.phase === 'results') ? '往届评选' : '其他评选'}</Text>
          {others.map((o) => (
            <ListItem
              key={o.id}
              title={o.title}
              note={`${o.phaseLabel} · ${o.entries}个家庭入选`}
              onClick={() => go(withQuery(ROUTES.familyCampaign, { id: o.id }))}
            />
          ))}
        </>
      ) : null}

      {c.isAdmin ? (
        <>
          <Text className='ct-section-title'>工作台</Text>
          <ListItem title='评选管理' note='疑似刷票、导出投票明细、发起新一届评选' onClick={() => go(withQuery(ROUTES.familyAdmin, { campaignId: c.id }))} />
        </>
      ) : null}
    </View>
  )
}

export function CampaignScreen({ campaignId }: { campaignId?: string }) {
  const m = useCampaign(campaignId)
  usePullRefresh(m.page.reload)
  // back from nominating or a family's page: counts and the caller's nomination may have moved
  useReloadOnShow(m.page.reload)
  const c = m.page.data?.detail
  useShare(() => ({
    title: c ? `${c.title}：来看看身边的文明家庭` : '文明家庭评选',
    path: c ? withQuery(ROUTES.familyCampaign, { id: c.id }) : ROUTES.familyCampaign,
  }))
  return (
    <Page>
      <RemoteView<CampaignPageData>
        remote={m.page}
        rows={3}
        isEmpty={(d) => !d.detail}
        empty={{ title: '还没有文明家庭评选', hint: '县创文办发起评选后会在这里公布，到时候欢迎推荐您的家庭' }}
      >
        {(d) => <CampaignBody d={d} m={m} />}
      </RemoteView>
    </Page>
  )
}

export default function CampaignPage() {
  const { params } = useRouter()
  return <CampaignScreen campaignId={params.id} />
}
