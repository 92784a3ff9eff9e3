import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import BrokenLink from '../../../../components/BrokenLink'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { CONVENTION_KIND_LABELS } from '../../../../lib/labels'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import { formatWhen } from '../../../../lib/time'
import Articles from '../../components/Articles'
import SignBar from '../../components/SignBar'
import { signStateOf, useConventionDetail } from '../../hooks/useConventionDetail'
import type { ConventionDetail, Id } from '../../api/types'
import '../convention.scss'

export function ConventionDetailScreen({ conventionId }: { conventionId: Id | undefined }) {
  if (!conventionId) {
    return (
      <Page>
        <BrokenLink hint='请回到首页，从“文明公约”重新进入。' />
      </Page>
    )
  }
  return <LoadedDetail conventionId={conventionId} />
}

function LoadedDetail({ conventionId }: { conventionId: Id }) {
  const { detail, sign, signing } = useConventionDetail(conventionId, (res) => {
    go(withQuery(ROUTES.certificate, { pledgeId: res.pledgeId }))
  })
  usePullRefresh(detail.reload)

  return (
    <Page>
      <RemoteView<ConventionDetail> remote={detail} rows={4} isEmpty={() => false}>
        {(d) => {
          const state = signStateOf(d)
          return (
            <View>
              <View className='cv-head'>
                <Text className='ct-tag ct-tag--red'>{CONVENTION_KIND_LABELS[d.kind] ?? '公约'}</Text>
                <Text className='ct-h1 ct-block ct-mt-xs'>{d.version.title || d.title}</Text>
                <Text className='ct-muted ct-block ct-mt-xs'>
                  {d.scopeName} · 第 {d.version.version} 版 · {formatWhen(d.version.publishedAt)}发布
                </Text>
                <View className='cv-live' aria-live='polite'>
                  <Text className='ct-text'>已有</Text>
                  <Text className='cv-live__num'>{d.signerCount}</Text>
                  <Text className='ct-text'>人签署</Text>
                </View>
              </View>
              <View className='ct-card'>
                <Articles preamble={d.version.preamble} articles={d.version.articles} />
              </View>
              <SignBar
                state={state}
                myPledge={d.myPledge}
                currentVersion={d.version.version}
                canSign={d.canSign}
                cannotSignReason={d.cannotSignReason}
                busy={signing}
                onSign={() => void sign()}
                onCertificate={() => d.myPledge && go(withQuery(ROUTES.certificate, { pledgeId: d.myPledge.id }))}
                onBind={() => go(ROUTES.household)}
              />
              <View className='ct-links'>
                <View
                  className='ct-link'
                  role='link'
                  onClick={() => go(withQuery(ROUTES.conventionHistory, { id: d.id }))}
                >
                  查看历史版本
                </View>
              </View>
            </View>
          )
        }}
      </RemoteView>
    </Page>
  )
}

export default function ConventionDetailPage() {
  const { params } = useRouter()
  return <ConventionDetailScreen conventionId={params.id} />
}
