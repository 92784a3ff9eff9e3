import { Text, View } from '@tarojs/components'
import { useShare } from '../../../../hooks/useShare'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import CategoryFilter from '../../components/CategoryFilter'
import PersonCard from '../../components/PersonCard'
import { useGallery } from '../../hooks/useGallery'
import type { GoodPersonCard } from '../../api/types'
import '../good-people.scss'

export function GalleryScreen() {
  const g = useGallery()
  usePullRefresh(g.reload)
  useShare(() => ({ title: '身边好人：看看我们身边的好人好事', path: ROUTES.goodPeople }))
  // back from a story: its count and titles may have changed
  useReloadOnShow(g.people.reload)
  const chosen = g.categories.data?.find((c) => c.key === g.category)
  return (
    <Page>
      <View className='gp-head'>
        <Text className='ct-h1 ct-block'>身边好人</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>他们就在我们身边。读一读他们的故事，为他们点个赞。</Text>
      </View>
      <Button className='ct-btn' type='primary' size='large' onClick={() => go(ROUTES.goodPeopleNominate)}>
        推荐身边好人
      </Button>
      <View className='ct-links gp-gallery-links'>
        <View className='ct-link' role='link' onClick={() => go(ROUTES.goodPeopleHonours)}>
          好人榜
        </View>
        <View className='ct-link' role='link' onClick={() => go(ROUTES.goodPeopleMine)}>
          我推荐的好人
        </View>
      </View>

      {g.categories.data?.length ? <CategoryFilter list={g.categories.data} value={g.category} onChange={g.setCategory} /> : null}

      <RemoteView<GoodPersonCard[]>
        remote={g.people}
        rows={2}
        empty={{
          title: chosen ? `还没有“${chosen.name}”的好人故事` : '还没有公开的好人故事',
          hint: '您身边有热心助人、孝老爱亲的人吗？点上面的“推荐身边好人”，让更多人看到他（她）。',
        }}
      >
        {(list) => (
          <View>
            {list.map((p) => (
              <PersonCard
                key={p.id}
                p={p}
                supporting={g.supporting === p.id}
                onOpen={() => go(withQuery(ROUTES.goodPersonDetail, { id: p.id }))}
                onSupport={() => void g.support(p.id)}
              />
            ))}
          </View>
        )}
      </RemoteView>
    </Page>
  )
}

export default function GalleryPage() {
  return <GalleryScreen />
}
