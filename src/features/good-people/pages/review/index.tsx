import { Text, View } from '@tarojs/components'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import { useRemote } from '../../../../hooks/useRemote'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../../../hooks/useReloadOnShow'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import StatusTag from '../../components/StatusTag'
import { reviewQueue } from '../../api/reviewQueue'
import type { GoodPersonView } from '../../api/types'
import '../good-people.scss'

function QueueCard({ p }: { p: GoodPersonView }) {
  return (
    <View className='ct-card ct-card--tap' role='button' onClick={() => go(withQuery(ROUTES.goodPersonDetail, { id: p.id }))}>
      <View className='ct-spread'>
        <Text className='ct-title'>{p.nomineeName}</Text>
        <StatusTag status={p.status} label={p.statusLabel} />
      </View>
      <Text className='ct-muted ct-block ct-mt-xs'>{`${p.categoryName}${p.photos.length ? ` · ${p.photos.length}张照片` : ''}`}</Text>
      <Text className='ct-text ct-block gp-card__story'>{p.story}</Text>
    </View>
  )
}

/** Waiting for review first (the staff's to do), then those still waiting for the nominee's yes. */
export function ReviewScreen() {
  const queue = useRemote<GoodPersonView[]>(reviewQueue)
  usePullRefresh(queue.reload)
  useReloadOnShow(queue.reload)
  return (
    <Page>
      <View className='gp-head'>
        <Text className='ct-h1 ct-block'>好人审核</Text>
        <Text className='ct-muted ct-block ct-mt-xs'>被推荐人同意后才能审核。没有微信的被推荐人，请上门或打电话确认后在推荐里记下。</Text>
      </View>
      <RemoteView<GoodPersonView[]>
        remote={queue}
        rows={3}
        empty={{ title: '都审核完了，没有待办的推荐', hint: '居民推荐的好人，被推荐人同意后会出现在这里，下拉可以刷新' }}
      >
        {(list) => {
          const toReview = list.filter((p) => p.status === 'submitted')
          const waiting = list.filter((p) => p.status !== 'submitted')
          return (
            <View>
              <Text className='ct-section-title'>{`待审核（${toReview.length}）`}</Text>
              {toReview.length ? (
                toReview.map((p) => <QueueCard key={p.id} p={p} />)
              ) : (
                <View className='ct-card'>
                  <Text className='ct-muted'>没有待审核的推荐</Text>
                </View>
              )}
              {waiting.length ? (
                <>
                  <Text className='ct-section-title'>{`等待本人同意（${waiting.length}）`}</Text>
                  {waiting.map((p) => (
                    <QueueCard key={p.id} p={p} />
                  ))}
                </>
              ) : null}
            </View>
          )
        }}
      </RemoteView>
      <Text className='ct-muted ct-block ct-mt'>审核通过的好人在“身边好人”里展示；创文办在那里点开事迹，可以授予称号。</Text>
      <View className='ct-links'>
        <View className='ct-link' role='link' onClick={() => go(ROUTES.goodPeople)}>
          身边好人
        </View>
      </View>
    </Page>
  )
}

export default function ReviewPage() {
  return <ReviewScreen />
}
