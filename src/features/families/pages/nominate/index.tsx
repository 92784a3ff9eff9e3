import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import Page from '../../../../components/Page'
import RemoteView, { EmptyState } from '../../../../components/RemoteView'
import BrokenLink from '../../../../components/BrokenLink'
import Button from '../../../../components/nut/button'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import FamilyForm from '../../components/FamilyForm'
import { formatAt } from '../../components/words'
import { CHILD_NOTE, useNominateForm, type NominateModel } from '../../hooks/useNominateForm'
import type { CampaignDetail, Id } from '../../api/types'
import '../families.scss'

export function NominateScreen({ campaignId }: { campaignId: Id | undefined }) {
  if (!campaignId) {
    return (
      <Page>
        <BrokenLink hint='请回到首页，从“文明家庭”重新进入。' />
      </Page>
    )
  }
  return <LoadedNominate campaignId={campaignId} />
}

/** Why this person cannot nominate now, and where to go instead; undefined when they can. */
function notNow(c: CampaignDetail) {
  if (c.myNominationId) {
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
  if (!c.mayNominate) {
    return { title: '绑定住户后就能推荐', hint: '推荐的是您住的这一户，请先绑定住户', actionText: '去绑定住户', onAction: () => go(ROUTES.household) }
  }
  return undefined
}

function NominateForm({ f, c }: { f: NominateModel; c: CampaignDetail }) {
  const blocked = notNow(c)
  if (blocked) return <EmptyState {...blocked} />
  const child = f.child
  return (
    <View>
      <View className='fm-head'>
        <Text className='ct-h1 ct-block'>{child ? '推荐我的家' : '推荐我的家庭'}</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>{c.title}</Text>
        <Text className='ct-text ct-block ct-mt-xs'>
          {child
            ? '小手拉大手！写一写你家的好故事，也可以放上你画的画。'
            : '写下您家的好家风、好故事。提交后由社区审核，通过后进入投票名单。'}
        </Text>
        {child ? (
          <View className='fm-next' role='note'>
            <Text className='ct-text ct-block'>{`${CHILD_NOTE}。`}</Text>
            <Text className='ct-muted ct-block ct-mt-xs'>你的名字不会公开，除非爸爸妈妈同意。</Text>
          </View>
        ) : null}
      </View>

      <FamilyForm
        value={f.form.value}
        onChange={f.form.setField}
        addPhoto={f.form.addPhoto}
        removePhoto={f.form.removePhoto}
        errors={f.errors}
        child={child}
        onBusyChange={f.form.setUploading}
      />

      {f.errorCount > 0 && !f.submitError ? (
        <View className='fm-notice fm-notice--alert' role='alert'>
          <Text className='ct-text ct-block'>{`还有 ${f.errorCount} 处没填好，请看上面标红的地方。`}</Text>
        </View>
      ) : null}
      {f.submitError && !f.submitError.details?.length ? (
        <View className='fm-notice fm-notice--alert' role='alert'>
          <Text className='ct-text ct-block'>{f.submitError.message}</Text>
          <Text className='ct-muted ct-block ct-mt-xs'>{child ? '你写的内容都还在，可以再点一次提交。' : '您填写的内容都还在，可以直接再点“提交推荐”。'}</Text>
        </View>
      ) : null}

      <Button className='ct-btn ct-mt' type='primary' size='large' loading={f.submitting} onClick={() => void f.submit()}>
        {child ? '提交给爸爸妈妈' : '提交推荐'}
      </Button>
      <Text className='ct-muted ct-block ct-mt-xs fm-center'>写了一半也不怕，离开后再回来，内容还在。</Text>
    </View>
  )
}

function LoadedNominate({ campaignId }: { campaignId: Id }) {
  const f = useNominateForm(campaignId)
  return (
    <Page>
      <RemoteView<CampaignDetail> remote={f.campaign} rows={3} isEmpty={() => false}>
        {(c) => <NominateForm f={f} c={c} />}
      </RemoteView>
    </Page>
  )
}

export default function NominatePage() {
  const { params } = useRouter()
  return <NominateScreen campaignId={params.campaignId} />
}
