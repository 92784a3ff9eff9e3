import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import Page from '../../../../components/Page'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useRemote } from '../../../../hooks/useRemote'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import FlagList from '../../components/FlagList'
import { useFlags } from '../../hooks/useAdmin'
import { listCampaigns } from '../../api/listCampaigns'
import { currentCampaign } from '../../components/words'
import type { Id } from '../../api/types'
import '../families.scss'

/** 疑似刷票, opened from the admin's inbox message: the campaign's flags to void or let stand. */
export function FlagsScreen({ campaignId }: { campaignId?: Id }) {
  // a message names its campaign; without one, the current one
  const campaigns = useRemote(listCampaigns)
  const campaign = campaigns.data?.find((c) => c.id === campaignId) ?? (campaignId || !campaigns.data ? undefined : currentCampaign(campaigns.data))
  const id = campaignId || campaign?.id
  const f = useFlags(id)
  usePullRefresh(f.flags.reload)
  const title = campaign?.title
  return (
    <Page>
      <View className='fm-head'>
        <Text className='ct-h1 ct-block'>疑似刷票</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>
          {`${title ? `${title}：` : ''}短时间内大量新注册账号投给同一个家庭。请看看证据，决定是否作废这些选票；不作废的照常计票。`}
        </Text>
      </View>
      <FlagList f={f} />
      <View className='ct-links'>
        <View className='ct-link' role='link' onClick={() => go(withQuery(ROUTES.familyAdmin, { campaignId: id }))}>
          评选管理
        </View>
      </View>
    </Page>
  )
}

export default function FlagsPage() {
  const { params } = useRouter()
  return <FlagsScreen campaignId={params.campaignId} />
}
