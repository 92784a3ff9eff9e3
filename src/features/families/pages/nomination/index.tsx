import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import BrokenLink from '../../../../components/BrokenLink'
import Button from '../../../../components/nut/button'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import ConsentForm from '../../components/ConsentForm'
import NominationHistory from '../../components/NominationHistory'
import PhotoStrip from '../../../../components/PhotoStrip'
import ReviewActions from '../../components/ReviewActions'
import ReviseForm from '../../components/ReviseForm'
import StarsCard from '../../components/StarsCard'
import StatusTag from '../../components/StatusTag'
import { useNomination, WITHDRAW_NOTE, type NominationModel } from '../../hooks/useNomination'
import type { Id, NominationView } from '../../api/types'
import '../families.scss'

export function NominationScreen({ nominationId }: { nominationId: Id | undefined }) {
  if (!nominationId) {
    return (
      <Page>
        <BrokenLink hint='请回到首页，从“我的”里的“我的推荐”或“确认家庭推荐”重新进入。' />
      </Page>
    )
  }
  return <LoadedNomination nominationId={nominationId} />
}

const isNeighbours = (v: NominationView) => v.nominatedAs === '邻居推荐'
const isChilds = (v: NominationView) => v.nominatedAs === '由孩子推荐'

/** What happens next, in a sentence for whoever is looking (a child reads simpler words). */
export function nextStep(v: NominationView, child: boolean): string {
  const can = (a: string) => v.actions.includes(a as never)
  switch (v.status) {
    case 'awaiting_consent':
      if (can('consent')) {
        return isChilds(v)
          ? `${v.childName ?? '孩子'}推荐了你们家参加文明家庭评选。请看看孩子写的内容，您可以修改；您同意后才会交给社区审核。`
          : '邻居推荐了您家参加文明家庭评选。请看看下面的内容，您可以修改；您同意后才会交给社区审核。'
      }
      if (child) return '已经请爸爸妈妈看一看了。他们同意后，就会交给社区审核。'
      return isNeighbours(v) ? '等待被推荐的家庭同意，同意后交给社区审核。' : '等待家长同意，同意后交给社区审核。'
    case 'submitted':
      return child ? '社区的叔叔阿姨正在看，通过后大家就能给你家投票啦。' : '社区工作人员正在审核，通过后会进入投票名单。'
    case 'changes_requested':
      return can('revise') ? '社区请你们修改一下，改好后重新提交。' : '社区请家里修改一下内容，改好后会再审核。'
    case 'approved':
      return child ? '通过啦！你家已经进入投票名单。' : '已进入投票名单，全县居民都能看到并投票。'
    case 'rejected':
      return '这次没有通过审核，原因写在下面。'
    case 'withdrawn':
      return '已撤回同意，这个家庭不再公开显示。'
    default:
      return v.statusLabel
  }
}

/** The child's name, and whether it is public — shown only to the child and the guardian. */
function childLine(v: NominationView): string | null {
  if (!v.childName) return null
  if (v.status === 'awaiting_consent') return `推荐人：${v.childName}`
  return `推荐人：${v.childName}（${v.childNameShown ? '名字公开显示' : '名字不公开'}）`
}

function NominationBody({ v, m }: { v: NominationView; m: NominationModel }) {
  const can = (a: string) => v.actions.includes(a as never)
  const child = m.isMinor
  const editing = can('consent') || can('revise')
  const line = childLine(v)
  return (
    <View>
      <View className='ct-card'>
        <View className='ct-spread'>
          <Text className='ct-h1 ct-grow'>{v.displayName}</Text>
          <StatusTag status={v.status} label={v.statusLabel} />
        </View>
        <Text className='ct-muted ct-block ct-mt-xs'>{v.campaignTitle}</Text>
        <Text className='ct-muted ct-block'>{`${v.community} · ${v.nominatedAs}`}</Text>
        {line ? <Text className='ct-muted ct-block'>{line}</Text> : null}
        {v.status === 'approved' ? <Text className='ct-text ct-block ct-mt-xs'>{`已得 ${v.votes} 票`}</Text> : null}
        <View className='fm-next' role='status'>
          <Text className='ct-text'>{nextStep(v, child)}</Text>
        </View>
        {v.reviewNote && (v.status === 'changes_requested' || v.status === 'rejected') ? (
          <View className='fm-notice ct-mt' role='note'>
            <Text className='ct-text ct-block'>{`社区的意见：${v.reviewNote}`}</Text>
          </View>
        ) : null}
        {v.status === 'approved' ? (
          <Button
            className='ct-btn ct-mt'
            type='primary'
            fill='outline'
            onClick={() => go(withQuery(ROUTES.familyPage, { id: v.id, campaignId: v.campaignId }))}
          >
            查看公开页面
          </Button>
        ) : null}
      </View>

      {can('consent') ? <ConsentForm v={v} m={m} /> : null}
      {can('revise') ? <ReviseForm v={v} m={m} child={child} /> : null}

      {!editing ? (
        <>
          <Text className='ct-section-title'>家庭故事</Text>
          <View className='ct-card'>
            <Text className='ct-text ct-block fm-desc'>{v.story}</Text>
            <PhotoStrip refs={v.photos} label={`${v.displayName}的照片`} />
          </View>
        </>
      ) : null}

      {/* the reviewers and the family's adults only: the server says so */}
      {v.seesHistory ? <NominationHistory v={v} /> : null}

      {can('review') ? <ReviewActions m={m} /> : null}

      {/* staff (and the command centre) only: the server names the household to them alone */}
      {v.householdId ? <StarsCard householdId={v.householdId} family={`${v.displayName} · ${v.community}`} /> : null}

      {can('withdrawConsent') ? (
        <View className='ct-card ct-mt'>
          <Text className='ct-title ct-block'>{v.nominatedAs === '家庭自荐' ? '撤回推荐' : '撤回同意'}</Text>
          <Text className='ct-muted ct-block ct-mt-xs'>{`${WITHDRAW_NOTE}，已得的票也不再显示。`}</Text>
          <Button
            className='ct-btn ct-mt'
            type='default'
            loading={m.busy && m.running === 'withdrawConsent'}
            disabled={m.busy}
            onClick={() => void m.withdraw()}
          >
            {v.nominatedAs === '家庭自荐' ? '撤回推荐' : '撤回同意'}
          </Button>
          {m.error && !editing && !m.sheet ? (
            <View role='alert'>
              <Text className='ct-field-error'>{m.error.message}</Text>
            </View>
          ) : null}
        </View>
      ) : null}

      <View className='ct-links'>
        <View className='ct-link' role='link' onClick={() => go(withQuery(ROUTES.familyCampaign, { id: v.campaignId }))}>
          查看评选
        </View>
      </View>
    </View>
  )
}

function LoadedNomination({ nominationId }: { nominationId: Id }) {
  const m = useNomination(nominationId)
  usePullRefresh(m.view.reload)
  return (
    <Page>
      <RemoteView<NominationView> remote={m.view} rows={3} isEmpty={() => false}>
        {(v) => <NominationBody v={v} m={m} />}
      </RemoteView>
    </Page>
  )
}

export default function NominationPage() {
  const { params } = useRouter()
  return <NominationScreen nominationId={params.id} />
}
