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

/** What the card says about who nominated and what is asked of this adult. */
export function consentNote(n: NominationView): string {
  if (!n.actions.includes('consent')) return n.campaignTitle
  return n.nominatedAs === '邻居推荐' ? '邻居推荐了您家，等您同意' : `${n.childName ?? '孩子'}推荐，等您同意`
}

/** 确认家庭推荐: what the household's children (or neighbours) nominated, waiting for this adult's consent — and what they agreed to, to withdraw. */
export function ConsentsScreen() {
  const list = useRemote<NominationView[]>(listConsentRequests)
  usePullRefresh(list.reload)
  useReloadOnShow(list.reload)
  return (
    <Page>
      <View className='fm-head'>
        <Text className='ct-h1 ct-block'>确认家庭推荐</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>孩子或邻居推荐了您家参加文明家庭评选，要您同意后才会交给社区审核，同意之前不会公开。您可以修改要公开的内容。</Text>
      </View>
      <RemoteView<NominationView[]>
        remote={list}
        rows={2}
        empty={{
          title: '没有需要您确认的推荐',
          hint: '孩子或邻居推荐了你们家时，会在这里和“首页”告诉您',
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
                note={consentNote(n)}
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
