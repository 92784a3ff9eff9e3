import { Text, View } from '@tarojs/components'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import { useRemote } from '../../../../hooks/useRemote'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import NominationCard from '../../components/NominationCard'
import { listConsentRequests } from '../../api/listConsentRequests'
import type { NominationView } from '../../api/types'
import '../families.scss'

/** 家长确认: what the household's children (or neighbours) nominated, waiting for this adult's consent — and what they agreed to, to withdraw. */
export function ConsentsScreen() {
  const list = useRemote<NominationView[]>(listConsentRequests)
  usePullRefresh(list.reload)
  useReloadOnShow(list.reload)
  return (
    <Page>
      <View className='fm-head'>
        <Text className='ct-h1 ct-block'>家长确认</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>孩子推荐了自己的家参加文明家庭评选，要您同意后才会交给社区审核。您可以修改要公开的内容，决定是否公开孩子的名字。</Text>
      </View>
      <RemoteView<NominationView[]>
        remote={list}
        rows={2}
        empty={{
          title: '没有需要您确认的推荐',
          hint: '孩子推荐了你们家时，会在这里和“消息”里告诉您',
          actionText: '看看文明家庭评选',
          onAction: () => go(ROUTES.familyCampaign),
        }}
      >
        {(items) => (
          <View>
            {items.map((n) => (
              <NominationCard
                key={n.id}
                n={n}
                note={n.actions.includes('consent') ? `${n.childName ?? '孩子'}推荐，等您同意` : n.campaignTitle}
                onOpen={() => go(withQuery(ROUTES.familyNomination, { id: n.id }))}
              />
            ))}
          </View>
        )}
      </RemoteView>
    </Page>
  )
}

export default function ConsentsPage() {
  return <ConsentsScreen />
}
