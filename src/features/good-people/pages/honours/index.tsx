import { Text, View } from '@tarojs/components'
import { useShare } from '../../../../hooks/useShare'
import { useState } from 'react'
import Choices from '../../../../components/Choices'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import { useRemote } from '../../../../hooks/useRemote'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import { honourRoll } from '../../api/honourRoll'
import type { HonourYear } from '../../api/types'
import '../good-people.scss'

/** 好人榜: the titles awarded, one year at a time (the newest first); tap a name to read the story. */
export function HonoursScreen() {
  const roll = useRemote<HonourYear[]>(honourRoll)
  usePullRefresh(roll.reload)
  useShare(() => ({ title: '好人榜：身边的好人，值得点赞', path: ROUTES.goodPeopleHonours }))
  const [picked, setPicked] = useState<number | undefined>(undefined)
  return (
    <Page>
      <View className='gp-head'>
        <Text className='ct-h1 ct-block'>好人榜</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>每年评出的身边好人。点名字看他们的故事。</Text>
      </View>
      <RemoteView<HonourYear[]>
        remote={roll}
        rows={3}
        empty={{ title: '还没有评出好人', hint: '每年评选后，获得称号的好人会列在这里。先去看看身边好人的故事吧。', actionText: '看看身边好人', onAction: () => go(ROUTES.goodPeople) }}
      >
        {(years) => {
          const sorted = [...years].sort((a, b) => b.year - a.year)
          const year = sorted.find((y) => y.year === picked) ?? sorted[0]
          return (
            <View>
              {sorted.length > 1 ? (
                <Choices scroll label='年度' options={sorted.map((y) => ({ value: y.year, text: `${y.year}年` }))} value={year.year} onChange={setPicked} />
              ) : null}
              <Text className='gp-year'>{`${year.year}年度 · ${year.people.length}位`}</Text>
              {year.people.map((p) => (
                <View
                  key={`${p.goodPersonId}-${p.title}`}
                  className='ct-card ct-card--tap gp-rank'
                  role='button'
                  onClick={() => go(withQuery(ROUTES.goodPersonDetail, { id: p.goodPersonId }))}
                >
                  <Text className='gp-rank__medal' aria-hidden='true'>
                    ★
                  </Text>
                  <View className='ct-grow'>
                    <Text className='ct-title ct-block'>{p.nomineeName}</Text>
                    <Text className='gp-badge ct-mt-xs'>{p.title}</Text>
                    <Text className='ct-muted ct-block ct-mt-xs'>{p.categoryName}</Text>
                  </View>
                  <Text className='ct-chevron' aria-hidden='true'>
                    ›
                  </Text>
                </View>
              ))}
            </View>
          )
        }}
      </RemoteView>
    </Page>
  )
}

export default function HonoursPage() {
  return <HonoursScreen />
}
