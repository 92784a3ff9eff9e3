import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import CampaignForm from '../../components/CampaignForm'
import FlagList from '../../components/FlagList'
import PhaseBadge from '../../components/PhaseBadge'
import { formatAt } from '../../components/words'
import { useAdmin, type AdminModel } from '../../hooks/useAdmin'
import type { CampaignSummary, Id } from '../../api/types'
import '../families.scss'

const isH5 = process.env.TARO_ENV === 'h5'

function Current({ a, c }: { a: AdminModel; c: CampaignSummary }) {
  return (
    <View>
      <View className='ct-card'>
        <View className='ct-spread'>
          <Text className='ct-title ct-grow'>{c.title}</Text>
          <PhaseBadge phase={c.phase} label={c.phaseLabel} />
        </View>
        <Text className='ct-muted ct-block ct-mt-xs'>{`推荐 ${formatAt(c.nominationStartsAt)} 至 ${formatAt(c.nominationEndsAt)}`}</Text>
        <Text className='ct-muted ct-block'>{`投票 ${formatAt(c.votingStartsAt)} 至 ${formatAt(c.votingEndsAt)}`}</Text>
        <Text className='ct-text ct-block ct-mt-xs'>{`已入选 ${c.entries} 个家庭`}</Text>
        <View className='ct-btn-row ct-mt'>
          <Button className='ct-btn' type='default' onClick={() => go(withQuery(ROUTES.familyCampaign, { id: c.id }))}>
            评选页面
          </Button>
          <Button className='ct-btn' type='default' onClick={() => go(withQuery(ROUTES.familyReview, { campaignId: c.id }))}>
            推荐审核
          </Button>
        </View>
      </View>

      <Text className='ct-section-title'>疑似刷票</Text>
      <FlagList f={a.flags} />

      <Text className='ct-section-title'>投票明细</Text>
      <View className='ct-card'>
        <Text className='ct-text ct-block'>每个家庭每天的有效票和作废票，可以用电子表格打开，存档备查。</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>{isH5 ? '点下面的按钮下载表格文件。' : '生成表格文件后，可以发送到微信聊天，在电脑上打开。'}</Text>
        <Button className='ct-btn ct-mt' type='primary' fill='outline' loading={a.exporting} onClick={() => void a.exportVotes(c)}>
          导出投票明细
        </Button>
      </View>
    </View>
  )
}

/** 评选管理 (admin): the current campaign's 疑似刷票 and 投票明细, and a new campaign. */
export function AdminScreen({ campaignId }: { campaignId?: Id }) {
  const a = useAdmin(campaignId)
  usePullRefresh(() => Promise.all([a.campaigns.reload(), a.flags.flags.reload()]))
  return (
    <Page>
      <View className='fm-head'>
        <Text className='ct-h1 ct-block'>评选管理</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>文明家庭评选：处理疑似刷票，导出投票明细，发起新一届评选。</Text>
      </View>
      <RemoteView<CampaignSummary[]>
        remote={a.campaigns}
        rows={2}
        empty={{ title: '还没有发起过评选', hint: '点下面的“发起新一届评选”，定好日程和投票规则' }}
      >
        {() => (a.current ? <Current a={a} c={a.current} /> : null)}
      </RemoteView>

      <Text className='ct-section-title'>发起新一届评选</Text>
      {a.formOpen ? (
        <CampaignForm a={a} />
      ) : (
        <Button className='ct-btn' type='primary' onClick={a.openForm}>
          发起新一届评选
        </Button>
      )}
    </Page>
  )
}

export default function AdminPage() {
  const { params } = useRouter()
  return <AdminScreen campaignId={params.campaignId} />
}
