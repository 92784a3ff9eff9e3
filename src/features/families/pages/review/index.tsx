import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import Page from '../../../../components/Page'
import RemoteView, { EmptyState } from '../../../../components/RemoteView'
import { useRemote } from '../../../../hooks/useRemote'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import NominationCard from '../../components/NominationCard'
import Tabs from '../../../../components/Tabs'
import { listCampaigns } from '../../api/listCampaigns'
import { currentCampaign } from '../../components/words'
import { reviewQueue } from '../../api/reviewQueue'
import type { CampaignSummary, Id, NominationView } from '../../api/types'
import '../families.scss'

type ReviewTab = 'waiting' | 'done'

const TABS: { key: ReviewTab; text: string }[] = [
  { key: 'waiting', text: '待审核' },
  { key: 'done', text: '已审核' },
]

interface Queue {
  campaign: CampaignSummary | null
  items: NominationView[]
}

/** 推荐审核: the nominations of staff's communities (all, for the admin) once the family consented; the campaign asked for, or the current one. */
export function ReviewScreen({ campaignId }: { campaignId?: Id }) {
  const [tab, setTab] = useState<ReviewTab>('waiting')
  const queue = useRemote<Queue>(async () => {
    const campaigns = await listCampaigns()
    const campaign = campaigns.find((c) => c.id === campaignId) ?? currentCampaign(campaigns) ?? null
    return { campaign, items: campaign ? await reviewQueue(campaign.id) : [] }
  }, [campaignId])
  usePullRefresh(queue.reload)
  useReloadOnShow(queue.reload)
  return (
    <Page>
      <View className='fm-head'>
        <Text className='ct-h1 ct-block'>推荐审核</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>{queue.data?.campaign ? queue.data.campaign.title : '文明家庭评选的推荐，家长或家庭同意后由社区审核'}</Text>
      </View>
      <Tabs tabs={TABS} value={tab} onChange={setTab} />
      <RemoteView<Queue> remote={queue} rows={3} isEmpty={(q) => !q.campaign} empty={{ title: '还没有文明家庭评选', hint: '县创文办发起评选后，推荐会出现在这里' }}>
        {(q) => {
          const items = q.items.filter((n) => (tab === 'waiting' ? n.status === 'submitted' : n.status !== 'submitted'))
          if (!items.length) {
            return tab === 'waiting' ? (
              <EmptyState title='都审核完了，没有待审核的推荐' hint='家长同意后的推荐会出现在这里，下拉可以刷新' />
            ) : (
              <EmptyState title='还没有审核过的推荐' hint='通过、请修改和不通过的推荐都会留在这里' />
            )
          }
          return (
            <View>
              {items.map((n) => (
                <NominationCard key={n.id} n={n} note='' onOpen={() => go(withQuery(ROUTES.familyNomination, { id: n.id }))} />
              ))}
            </View>
          )
        }}
      </RemoteView>
    </Page>
  )
}

export default function ReviewPage() {
  const { params } = useRouter()
  return <ReviewScreen campaignId={params.campaignId} />
}
