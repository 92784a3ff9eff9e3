import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import Page from '../../../../components/Page'
import RemoteView, { EmptyState, ErrorState, LoadingRows } from '../../../../components/RemoteView'
import BrokenLink from '../../../../components/BrokenLink'
import Choices from '../../../../components/Choices'
import FieldError from '../../../../components/FieldError'
import PlacePicker from '../../../../components/PlacePicker'
import Button from '../../../../components/nut/button'
import type { PlaceStep } from '../../../../hooks/usePlacePicker'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import type { Me } from '../../../../lib/api-types'
import FamilyForm from '../../components/FamilyForm'
import { formatAt } from '../../components/words'
import { CHILD_NOTE, useNominateForm, type NominateModel } from '../../hooks/useNominateForm'
import { NEIGHBOUR_NOTE, TARGET_CHOICES, useNeighbourPick, type NeighbourPickModel, type NominateTarget } from '../../hooks/useNeighbourPick'
import type { CampaignDetail, Id } from '../../api/types'
import '../families.scss'

export function NominateScreen({ campaignId, target }: { campaignId: Id | undefined; target?: NominateTarget }) {
  if (!campaignId) {
    return (
      <Page>
        <BrokenLink hint='请回到首页，从“文明家庭”重新进入。' />
      </Page>
    )
  }
  return <LoadedNominate campaignId={campaignId} target={target} />
}

const PICK_TITLES: Record<PlaceStep | 'done', string> = {
  community: '邻居家在哪个小区？',
  building: '在哪栋楼？',
  unit: '哪个单元？',
  room: '房号是多少？',
  done: '要推荐的邻居家',
}

const PICK_EMPTY: Record<PlaceStep, string> = {
  community: '本县还没有登记小区，请联系社区工作人员',
  building: '这个小区还没有登记楼栋，请联系社区工作人员',
  unit: '这栋楼还没有登记单元，请联系楼长',
  room: '这个单元还没有登记房号，请联系楼长',
}

/** Why this person cannot nominate now, and where to go instead; undefined when they can. An adult whose family is in may still nominate a neighbour's. */
function notNow(c: CampaignDetail, child: boolean) {
  if (c.myNominationId && child) {
    return {
      title: '您家已经被推荐了',
      hint: '每个家庭只推荐一次。可以去看看推荐的进度。',
      actionText: '查看我的推荐',
      onAction: () => go(withQuery(ROUTES.familyNomination, { id: c.myNominationId as string })),
    }
  }
  if (c.phase !== 'nomination') {
    return {
      title: c.phase === 'upcoming' ? `推荐${formatAt(c.nominationStartsAt)}开始` : '推荐已经截止了',
      hint: c.phase === 'upcoming' ? '到时候再来推荐您的家庭吧' : '可以去看看入选的家庭，为他们投票',
      actionText: '回到评选',
      onAction: () => go(withQuery(ROUTES.familyCampaign, { id: c.id })),
    }
  }
  if (!c.mayNominate && !c.myNominationId) {
    return {
      title: '绑定住户后就能推荐',
      hint: '推荐自己家或邻居家，都要先绑定您住的这一户',
      actionText: '去绑定住户',
      onAction: () => go(ROUTES.household),
    }
  }
  return undefined
}

/** 推荐谁家 and, for a neighbour's, the household picked room by room. */
function WhomCard({ w, c, serverError }: { w: NeighbourPickModel; c: CampaignDetail; serverError?: string }) {
  return (
    <View className='ct-card'>
      {w.mayChoose ? (
        <Choices<NominateTarget> label='推荐谁家' options={TARGET_CHOICES} value={w.target} onChange={w.setTarget} />
      ) : (
        <View>
          <Text className='ct-text ct-block'>您家已经被推荐了，还可以推荐一户好邻居。</Text>
          <View className='ct-link' role='link' onClick={() => go(withQuery(ROUTES.familyNomination, { id: c.myNominationId as string }))}>
            查看我家的推荐
          </View>
        </View>
      )}
      {w.target === 'neighbour' ? (
        <View className='ct-mt'>
          <PlacePicker picker={w.place} titles={PICK_TITLES} emptyHints={PICK_EMPTY}>
            <View className='fm-picked'>
              <Text className='fm-picked__label ct-block'>{w.place.label}</Text>
              <Text className='ct-muted ct-block ct-mt-xs'>选错了？点上面的楼栋、单元或房号重新选。门牌号不会公开。</Text>
            </View>
          </PlacePicker>
          <FieldError message={w.error ?? serverError} />
        </View>
      ) : null}
    </View>
  )
}

function NominateForm({ f, c, me, wanted }: { f: NominateModel; c: CampaignDetail; me: Me; wanted?: NominateTarget }) {
  const child = me.user.isMinor
  const home = me.household ? { id: me.household.id, communityId: me.household.communityId, communityName: me.household.communityName } : null
  const w = useNeighbourPick(c.id, { wanted: child ? 'own' : wanted, ownTaken: !!c.myNominationId, home })
  const blocked = notNow(c, child)
  if (blocked) return <EmptyState {...blocked} />
  const neighbour = !child && w.target === 'neighbour'
  const send = async () => {
    const householdId = child ? undefined : w.checked()
    if (householdId === false) {
      f.form.checked()
      return
    }
    const done = await f.submit(householdId)
    if (done) w.clear()
  }
  const pickError = w.error ? 1 : 0
  return (
    <View>
      <View className='fm-head'>
        <Text className='ct-h1 ct-block'>{child ? '推荐我的家' : neighbour ? '推荐邻居家庭' : '推荐我的家庭'}</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>{c.title}</Text>
        <Text className='ct-text ct-block ct-mt-xs'>
          {child
            ? '小手拉大手！写一写你家的好故事，也可以放上你画的画。'
            : neighbour
              ? '身边哪一家孝老爱亲、热心助人？推荐他们参加评选。'
              : '写下您家的好家风、好故事。提交后由社区审核，通过后进入投票名单。'}
        </Text>
        {child ? (
          <View className='fm-next' role='note'>
            <Text className='ct-text ct-block'>{`${CHILD_NOTE}。`}</Text>
            <Text className='ct-muted ct-block ct-mt-xs'>你的名字不会公开，除非爸爸妈妈同意。</Text>
          </View>
        ) : null}
        {neighbour ? (
          <View className='fm-next' role='note'>
            <Text className='ct-text ct-block'>{`${NEIGHBOUR_NOTE}。`}</Text>
            <Text className='ct-muted ct-block ct-mt-xs'>他们家可以修改要公开的内容，也可以不同意。推荐前不妨先和他们说一声。</Text>
          </View>
        ) : null}
      </View>

      {child ? null : <WhomCard w={w} c={c} serverError={f.errors.householdId} />}

      <FamilyForm
        value={f.form.value}
        onChange={f.form.setField}
        addPhoto={f.form.addPhoto}
        removePhoto={f.form.removePhoto}
        errors={f.errors}
        child={child}
        neighbour={neighbour}
        onBusyChange={f.form.setUploading}
      />

      {f.errorCount + pickError > 0 && !f.submitError ? (
        <View className='fm-notice fm-notice--alert' role='alert'>
          <Text className='ct-text ct-block'>{`还有 ${f.errorCount + pickError} 处没填好，请看上面标红的地方。`}</Text>
        </View>
      ) : null}
      {f.submitError && !f.submitError.details?.length ? (
        <View className='fm-notice fm-notice--alert' role='alert'>
          <Text className='ct-text ct-block'>{f.submitError.message}</Text>
          <Text className='ct-muted ct-block ct-mt-xs'>{child ? '你写的内容都还在，可以再点一次提交。' : '您填写的内容都还在，可以直接再点“提交推荐”。'}</Text>
        </View>
      ) : null}

      <Button className='ct-btn ct-mt' type='primary' size='large' loading={f.submitting} onClick={() => void send()}>
        {child ? '提交给爸爸妈妈' : neighbour ? '提交，请邻居家同意' : '提交推荐'}
      </Button>
      <Text className='ct-muted ct-block ct-mt-xs fm-center'>写了一半也不怕，离开后再回来，内容还在。</Text>
    </View>
  )
}

function LoadedNominate({ campaignId, target }: { campaignId: Id; target?: NominateTarget }) {
  const f = useNominateForm(campaignId)
  return (
    <Page>
      <RemoteView<CampaignDetail> remote={f.campaign} rows={3} isEmpty={() => false}>
        {(c) =>
          f.me.data ? (
            <NominateForm f={f} c={c} me={f.me.data} wanted={target} />
          ) : f.me.status === 'error' ? (
            <ErrorState message={f.me.error?.message ?? ''} onRetry={() => void f.me.reload()} />
          ) : (
            <LoadingRows rows={3} />
          )
        }
      </RemoteView>
    </Page>
  )
}

export default function NominatePage() {
  const { params } = useRouter()
  return <NominateScreen campaignId={params.campaignId} target={params.target === 'neighbour' ? 'neighbour' : undefined} />
}
