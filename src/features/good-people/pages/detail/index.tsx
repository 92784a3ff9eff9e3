import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useShare } from '../../../../hooks/useShare'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import BrokenLink from '../../../../components/BrokenLink'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import GoodPersonActions from '../../components/GoodPersonActions'
import PhotoStrip from '../../../../components/PhotoStrip'
import StatusTag from '../../components/StatusTag'
import SupportButton from '../../components/SupportButton'
import TitleBadges from '../../components/TitleBadges'
import EventList from '../../components/EventList'
import NominationHistory from '../../components/NominationHistory'
import { useGoodPerson } from '../../hooks/useGoodPerson'
import type { GoodPersonView, Id } from '../../api/types'
import '../good-people.scss'

/** Opened without an id (a cut-off link), the page says so before asking the server anything. */
export function DetailScreen({ goodPersonId }: { goodPersonId: Id | undefined }) {
  if (!goodPersonId) {
    return (
      <Page>
        <BrokenLink hint='请回到首页，从“好人推荐”重新进入。' />
      </Page>
    )
  }
  return <LoadedDetail goodPersonId={goodPersonId} />
}

const CONSENT_VIA: Record<string, string> = {
  nominee: '本人（孩子由家长）已同意公开',
  staff: '社区工作人员当面或电话确认，本人同意公开',
}

/** For the nominator: what happens next, in a sentence. */
export function nextStep(d: GoodPersonView): string {
  switch (d.status) {
    case 'awaiting_consent':
      return `等${d.nomineeName}同意后，推荐才会提交审核。被推荐人可以在小程序消息里确认，或用确认码确认（确认码只显示一次）；对方没有微信或确认码丢了，社区工作人员会上门或电话确认。`
    case 'declined':
      return `${d.nomineeName}婉拒了公开展示，这条推荐不会公开。谢谢您发现身边的好人。`
    case 'submitted':
      return '社区工作人员正在审核，有结果会通知您。'
    case 'changes_requested':
      return '请按审核意见修改事迹，改好后重新提交。'
    case 'approved':
      return '已在“身边好人”公开展示，大家都能看到、点赞。'
    case 'rejected':
      return '这条推荐没有通过审核，原因见审核意见。'
    case 'withdrawn':
      return `${d.nomineeName}不愿再公开，这条事迹已撤下，大家都看不到了。`
    default:
      return ''
  }
}

/** Only the nominator and the reviewers get the contact and the workflow. */
function Progress({ d }: { d: GoodPersonView }) {
  const reviewer = d.actions.includes('confirmConsent') || d.actions.includes('review') || d.actions.includes('award')
  return (
    <View className='ct-card gp-private'>
      <View className='ct-spread'>
        <Text className='ct-title'>推荐进展</Text>
        <StatusTag status={d.status} label={d.statusLabel} />
      </View>
      {!reviewer ? (
        <View className='gp-notice gp-notice--info ct-mt' role='status'>
          <Text className='ct-text'>{nextStep(d)}</Text>
        </View>
      ) : null}
      <View className='ct-mt'>
        <Text className='gp-dt'>{d.category === 'youth' ? '孩子家长的手机号（不公开）' : '被推荐人联系电话（不公开）'}</Text>
        <View className='gp-phone'>
          <Text className='ct-text'>{d.nomineeContact}</Text>
          <View
            className='ct-link gp-call'
            role='button'
            aria-label={d.category === 'youth' ? `给${d.nomineeName}的家长打电话` : `给${d.nomineeName}打电话`}
            onClick={() => void Taro.makePhoneCall({ phoneNumber: d.nomineeContact as string }).catch(() => undefined)}
          >
            打电话
          </View>
        </View>
        {d.consentVia ? (
          <>
            <Text className='gp-dt'>本人同意</Text>
            <Text className='gp-dd'>{CONSENT_VIA[d.consentVia] ?? '已同意公开'}</Text>
          </>
        ) : null}
        {d.reviewNote ? (
          <>
            <Text className='gp-dt'>审核意见</Text>
            <Text className='gp-dd'>{d.reviewNote}</Text>
          </>
        ) : null}
      </View>
    </View>
  )
}

function LoadedDetail({ goodPersonId }: { goodPersonId: Id }) {
  const m = useGoodPerson(goodPersonId)
  usePullRefresh(m.detail.reload)
  const d = m.detail.data
  useShare(() => ({
    title: d && d.status === 'approved' ? `身边好人：${d.nomineeName}（${d.categoryName}）` : '身边好人',
    path: withQuery(ROUTES.goodPersonDetail, { id: goodPersonId }),
  }))
  return (
    <Page>
      <RemoteView<GoodPersonView> remote={m.detail} rows={4} isEmpty={() => false}>
        {(p) => (
          <View>
            <View className='ct-card'>
              <View className='gp-card__name-row'>
                <Text className='ct-h1'>{p.nomineeName}</Text>
                <Text className='ct-tag ct-tag--red'>{p.categoryName}</Text>
              </View>
              <TitleBadges titles={p.titles} />
              <PhotoStrip refs={p.photos} label='事迹照片' />
              <Text className='ct-text ct-block gp-story'>{p.story}</Text>
            </View>

            {p.status === 'approved' ? (
              <View className='ct-card'>
                <SupportButton
                  supports={p.supports}
                  supported={p.supported}
                  canSupport={p.actions.includes('support')}
                  busy={m.busy && m.running === 'support'}
                  name={p.nomineeName}
                  onSupport={() => void m.support()}
                />
              </View>
            ) : null}

            {p.status === 'approved' ? <EventList goodPersonId={p.id} /> : null}

            {p.status === 'withdrawn' && p.nomineeContact === null ? (
              <View className='ct-card gp-notice gp-notice--info' role='status'>
                <Text className='ct-text'>已撤下展示：大家在身边好人、好人榜和活动里都看不到这条事迹了。</Text>
              </View>
            ) : null}

            {p.nomineeContact !== null ? <Progress d={p} /> : null}

            {/* the reviewers, the nominator and the nominee who agreed: the server says so */}
            {p.seesHistory ? <NominationHistory p={p} /> : null}

            <GoodPersonActions d={p} m={m} />

            <View className='ct-links'>
              <View className='ct-link' role='link' onClick={() => go(ROUTES.goodPeople)}>
                身边好人
              </View>
              <View className='ct-link' role='link' onClick={() => go(ROUTES.goodPeopleHonours)}>
                好人榜
              </View>
            </View>
          </View>
        )}
      </RemoteView>
    </Page>
  )
}

export default function DetailPage() {
  const { params } = useRouter()
  return <DetailScreen goodPersonId={params.id} />
}
