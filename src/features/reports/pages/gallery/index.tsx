import { Text, View } from '@tarojs/components'
import { useShare } from '../../../../hooks/useShare'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import Button from '../../../../components/nut/button'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import { formatWhen } from '../../../../lib/time'
import BeforeAfter from '../../components/BeforeAfter'
import { StarsShown } from '../../components/Stars'
import { useGallery } from '../../hooks/useGallery'
import type { GalleryItem } from '../../api/types'
import '../reports.scss'
import './index.scss'

/** 1小时内办好 · 5小时办好 · 3天办好 */
export function fixedIn(hours: number): string {
  if (hours < 1) return '1小时内办好'
  if (hours < 48) return `${Math.round(hours)}小时办好`
  return `${Math.round(hours / 24)}天办好`
}

function GalleryCard({ it }: { it: GalleryItem }) {
  return (
    <View className='ct-card'>
      <BeforeAfter before={it.before} after={it.after} />
      <View role='link' onClick={() => go(withQuery(ROUTES.reportDetail, { id: it.id }))}>
        <View className='ct-spread ct-mt'>
          <Text className='ct-title'>{it.category}</Text>
          <Text className='ct-tag ct-tag--green'>{fixedIn(it.hoursToFix)}</Text>
        </View>
        <Text className='ct-text ct-block'>{`${it.community ? `${it.community} · ` : ''}${it.address}`}</Text>
        <Text className='ct-muted ct-block'>{`${it.department ? `${it.department} · ` : ''}${formatWhen(it.fixedAt)}整改`}</Text>
      </View>
      {it.rating ? (
        <View className='ct-mt-xs'>
          <Text className='ct-muted'>居民评价 </Text>
          <StarsShown value={it.rating} />
        </View>
      ) : null}
    </View>
  )
}

export function GalleryScreen() {
  const g = useGallery()
  usePullRefresh(g.reload)
  useShare(() => ({ title: '随手拍整改晒单：看看身边的变化', path: ROUTES.reportGallery }))
  return (
    <Page>
      <View className='rp-head'>
        <Text className='ct-h1 ct-block'>整改晒单</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>居民随手拍，部门马上办。看看身边的变化。</Text>
        <Button className='ct-btn ct-mt' type='default' onClick={() => go(ROUTES.reportDepartments)}>
          看各单位办理情况
        </Button>
      </View>
      <RemoteView<GalleryItem[]>
        remote={g.first}
        rows={2}
        empty={{ title: '还没有整改完成的问题', hint: '看到身边的问题，拍下来告诉我们，办好了会晒在这里', actionText: '去随手拍', onAction: () => go(ROUTES.report) }}
      >
        {() => (
          <View>
            {g.items.map((it) => (
              <GalleryCard key={it.id} it={it} />
            ))}
            {g.ended ? (
              <Text className='ct-muted ct-block rp-end'>没有更多了</Text>
            ) : (
              <Button className='ct-btn ct-mt' type='default' loading={g.loadingMore} onClick={() => void g.loadMore()}>
                加载更多
              </Button>
            )}
          </View>
        )}
      </RemoteView>
    </Page>
  )
}

export default function GalleryPage() {
  return <GalleryScreen />
}
