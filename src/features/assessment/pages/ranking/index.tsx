import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import Choices from '../../../../components/Choices'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useRemote } from '../../../../hooks/useRemote'
import { formatDate } from '../../../../lib/time'
import { getRanking } from '../../api/assessment'
import type { RankingPage } from '../../api/types'
import RankingRows from '../../components/RankingRows'
import { monthText } from '../../hooks/months'
import '../../assessment.scss'

/** 月度考核排名: the published months (everyone of the county); a month is seen here only once the command centre publishes it. */
export function RankingScreen({ month: first }: { month?: string }) {
  const [month, setMonth] = useState<string | undefined>(first)
  const page = useRemote<RankingPage>(() => getRanking(month), [month])
  usePullRefresh(page.reload)
  return (
    <Page>
      <RemoteView<RankingPage>
        remote={page}
        rows={3}
        isEmpty={(d) => d.ranking === null}
        empty={{ title: '还没有发布考核排名', hint: '县创文办每月审核各社区的得分后，会在这里公布排名。' }}
      >
        {(d) => (
          <View>
            <View className='as-head'>
              <Text className='ct-h1 ct-block'>{`${monthText(d.ranking!.month)}社区考核排名`}</Text>
              <Text className='ct-muted ct-block ct-mt-xs'>
                {`${d.ranking!.publishedAt ? `${formatDate(d.ranking!.publishedAt)}发布 · ` : ''}按${d.ranking!.weights.map((w) => `${w.label}${w.weight}%`).join('、')}计分，满分100分。某项本月没有数据的，不算零分，按其余各项计。`}
              </Text>
            </View>
            {d.months.length > 1 ? <Choices label='选月份' scroll options={d.months.map((m) => ({ value: m, text: monthText(m) }))} value={d.ranking!.month} onChange={setMonth} /> : null}
            <RankingRows rows={d.ranking!.rows} />
          </View>
        )}
      </RemoteView>
    </Page>
  )
}

export default function RankingPageView() {
  const { params } = useRouter()
  return <RankingScreen month={params.month} />
}
