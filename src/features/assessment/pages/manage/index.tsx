import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import Choices from '../../../../components/Choices'
import ListItem from '../../../../components/ListItem'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import { useAction } from '../../../../hooks/useAction'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { useRemote } from '../../../../hooks/useRemote'
import { confirmOnce, toastOk } from '../../../../lib/feedback'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import { formatDate } from '../../../../lib/time'
import { previewMonth, publishMonth } from '../../api/assessment'
import type { AssessmentMonth } from '../../api/types'
import RankingRows from '../../components/RankingRows'
import { monthText, recentMonths } from '../../hooks/months'
import '../../assessment.scss'

/**
 * The command centre's 月度考核: a month computed from today's data (a draft
 * only it sees), reviewed and published; once published the figures are
 * frozen and every community's staff are told their place.
 */
export function ManageScreen({ now = new Date() }: { now?: Date }) {
  const months = recentMonths(now, 3)
  const [month, setMonth] = useState(months[1])
  const preview = useRemote<AssessmentMonth>(() => previewMonth(month), [month])
  usePullRefresh(preview.reload)
  useReloadOnShow(preview.reload)
  const publish = useAction(async () => {
    if (!(await confirmOnce(`发布${monthText(month)}排名？`, '发布后全县居民都能看到，得分不再变动，各社区工作人员会收到通知。', '发布'))) return undefined
    const res = await publishMonth(month)
    preview.setData(res)
    toastOk('已发布')
    return res
  })
  return (
    <Page>
      <View className='as-head'>
        <Text className='ct-h1 ct-block'>月度考核</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>各社区每月的督查暗访、随手拍办理、问卷满意度和任务完成，按权重算出总分。审核无误后发布。</Text>
      </View>
      <Choices label='考核月份' options={months.map((m) => ({ value: m, text: monthText(m) }))} value={month} onChange={setMonth} />
      <RemoteView<AssessmentMonth> remote={preview} rows={3} isEmpty={() => false}>
        {(m) => (
          <View>
            {m.status === 'published' ? (
              <View className='as-notice' role='status'>
                <Text className='ct-text ct-block'>{`已于${formatDate(m.publishedAt!)}发布，得分已固定，居民都能看到。`}</Text>
                <View className='ct-link ct-mt-xs' role='link' onClick={() => go(withQuery(ROUTES.assessmentRanking, { month: m.month }))}>
                  看居民看到的排名
                </View>
              </View>
            ) : (
              <View className='as-notice' role='status'>
                <Text className='ct-text ct-block'>草稿：按现在的数据和权重计算，只有创文办能看到。</Text>
                <Text className='ct-muted ct-block ct-mt-xs'>某项本月没有数据的，不算零分：它的权重按比例分给有数据的各项。</Text>
              </View>
            )}
            <RankingRows rows={m.rows} />
            {m.status === 'draft' ? (
              <Button className='ct-btn ct-mt' type='primary' size='large' loading={publish.busy} onClick={() => void publish.run()}>
                {`发布${monthText(m.month)}排名`}
              </Button>
            ) : null}
          </View>
        )}
      </RemoteView>
      <Text className='ct-section-title'>设置</Text>
      <ListItem title='考核权重' note='督查暗访、随手拍、问卷、任务各占多少分' onClick={() => go(ROUTES.assessmentWeights)} />
    </Page>
  )
}

export default function ManagePage() {
  return <ManageScreen />
}
