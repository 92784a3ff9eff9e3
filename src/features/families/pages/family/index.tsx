import { Image, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useShare } from '../../../../hooks/useShare'
import Page from '../../../../components/Page'
import RemoteView, { EmptyState } from '../../../../components/RemoteView'
import BrokenLink from '../../../../components/BrokenLink'
import Button from '../../../../components/nut/button'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { photoUrl } from '../../../../lib/files'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import PhaseBadge from '../../components/PhaseBadge'
import PhotoStrip from '../../../../components/PhotoStrip'
import { formatAt, nominatedText, starsText } from '../../components/words'
import { useFamily, type FamilyModel, type FamilyPageData } from '../../hooks/useFamily'
import type { Id } from '../../api/types'
import '../families.scss'

/** Opened without an id (a cut-off share), the page says so before asking the server anything. */
export function FamilyScreen({ nominationId, campaignId }: { nominationId: Id | undefined; campaignId?: Id }) {
  if (!nominationId) {
    return (
      <Page>
        <BrokenLink hint='请回到首页，从“文明家庭”重新进入。' />
      </Page>
    )
  }
  return <LoadedFamily nominationId={nominationId} campaignId={campaignId} />
}

function FamilyBody({ d, m }: { d: FamilyPageData; m: FamilyModel }) {
  const c = d.campaign
  const backToCampaign = () => go(withQuery(ROUTES.familyCampaign, { id: c.id }))
  const e = d.entry
  if (!e) {
    return (
      <EmptyState
        title='这个家庭现在不在评选名单中'
        hint='可能还在审核，或者家里决定不再公开。看看其他家庭吧。'
        actionText='看看其他家庭'
        onAction={backToCampaign}
      />
    )
  }
  const counted = c.phase === 'voting' || c.phase === 'results'
  const voting = c.phase === 'voting'
  const own = e.nominationId === c.myNominationId
  const voted = m.vote.voted(e.nominationId)
  const refusal = m.vote.refusal(e.nominationId)
  const cover = e.photos[0]
  return (
    <View>
      <View className='ct-card'>
        {cover ? (
          <View
            role='button'
            aria-label={`${e.displayName}的照片，共${e.photos.length}张，点开看大图`}
            onClick={() => void Taro.previewImage({ urls: e.photos.map(photoUrl), current: photoUrl(cover) }).catch(() => undefined)}
          >
            <Image className='fm-cover' src={photoUrl(cover)} mode='aspectFill' aria-hidden='true' />
          </View>
        ) : null}
        <View className='ct-spread'>
          <Text className='ct-h1 ct-grow'>{e.displayName}</Text>
          <PhaseBadge phase={c.phase} label={c.phaseLabel} />
        </View>
        <Text className='ct-muted ct-block ct-mt-xs'>{`${e.community} · ${nominatedText(e.nominatedAs, e.childName)}`}</Text>
        {starsText(e.stars) ? (
          <View className='fm-tags'>
            <Text className='ct-tag ct-tag--red'>{starsText(e.stars)}</Text>
          </View>
        ) : null}
        {counted ? (
          <View className='fm-family__foot'>
            <View className='fm-votes'>
              <Text className='fm-votes__num'>{e.votes}</Text>
              <Text className='fm-votes__unit'>票</Text>
              <Text className='fm-votes__rank'>{`第${e.rank}名，共${d.total}个家庭`}</Text>
            </View>
          </View>
        ) : null}
        {voting ? (
          own ? (
            <Text className='ct-muted ct-block ct-mt'>这是您家，不能给自己家投票。</Text>
          ) : (
            <View className='ct-mt'>
              {voted ? (
                <View className='fm-next' role='status'>
                  <Text className='ct-text'>{`今天已经给${e.displayName}投过票了，谢谢您！`}</Text>
                </View>
              ) : (
                <Button className='ct-btn' type='primary' size='large' loading={m.vote.busy} disabled={m.vote.busy} onClick={() => void m.vote.vote(e.nominationId)}>
                  {`给${e.displayName}投一票`}
                </Button>
              )}
              <Text className='ct-muted ct-block ct-mt-xs'>
                {c.votesLeftToday === 0
                  ? '今天的票已经投完了，明天再来吧'
                  : `${c.votesLeftToday ? `今天还可以投 ${c.votesLeftToday} 票，` : ''}投票 ${formatAt(c.votingEndsAt)} 截止`}
              </Text>
            </View>
          )
        ) : null}
        {refusal ? (
          <View className='fm-notice fm-notice--alert' role='alert'>
            <Text className='ct-text'>{refusal}</Text>
          </View>
        ) : null}
      </View>

      <Text className='ct-section-title'>家庭故事</Text>
      <View className='ct-card'>
        <Text className='ct-text ct-block fm-desc'>{e.story}</Text>
        {e.photos.length > 1 ? <PhotoStrip refs={e.photos} label={`${e.displayName}的照片`} /> : null}
      </View>

      <View className='ct-links'>
        <View className='ct-link' role='link' onClick={backToCampaign}>
          {voting ? '看看其他家庭' : `回到${c.title}`}
        </View>
      </View>
    </View>
  )
}

function LoadedFamily({ nominationId, campaignId }: { nominationId: Id; campaignId?: Id }) {
  const m = useFamily(nominationId, campaignId)
  usePullRefresh(m.page.reload)
  const e = m.page.data?.entry
  useShare(() => ({
    title: e ? `${e.displayName}的家庭故事，来看看吧` : '文明家庭评选',
    path: withQuery(ROUTES.familyPage, { id: nominationId, campaignId: m.page.data?.campaign.id }),
  }))
  return (
    <Page>
      <RemoteView<FamilyPageData> remote={m.page} rows={3} isEmpty={() => false}>
        {(d) => <FamilyBody d={d} m={m} />}
      </RemoteView>
    </Page>
  )
}

export default function FamilyPage() {
  const { params } = useRouter()
  return <FamilyScreen nominationId={params.id} campaignId={params.campaignId} />
}
