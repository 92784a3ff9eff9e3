import { Image, Text, View } from '@tarojs/components'
import Page from '../../components/Page'
import RemoteView from '../../components/RemoteView'
import ListItem from '../../components/ListItem'
import StatusTag from '../../components/StatusTag'
import Button from '../../components/nut/button'
import { useRemote } from '../../hooks/useRemote'
import { usePullRefresh } from '../../hooks/usePullRefresh'
import { useReloadOnShow } from '../../hooks/useReloadOnShow'
import { useTabPage } from '../../hooks/useTabPage'
import { listMyReports, type MyReport } from '../../lib/api/reports'
import { ROUTES, go, withQuery } from '../../lib/routes'
import { formatWhen } from '../../lib/time'
import reportIcon from '../../assets/icons/report.png'
import galleryIcon from '../../assets/icons/gallery.png'
import './index.scss'

/** How a report travels, in the person's words. */
export const HOW_IT_WORKS = ['拍照', '社区受理', '部门整改', '您来确认']

/** How many of the person's own reports the tab shows; the rest are one tap away. */
export const RECENT_COUNT = 3

/**
 * The 随手拍 tab: one big button to the report form (in the reports
 * subpackage), how a report is handled, the person's latest reports and the
 * gallery of fixed ones. Light on purpose: it sits in the main package.
 */
export function ReportHubScreen() {
  const mine = useRemote<MyReport[]>(listMyReports, [], { keep: 'my-reports' })
  usePullRefresh(mine.reload)
  // back from the form or a case: a new report, or a status that moved
  useReloadOnShow(mine.reload)

  return (
    <Page className='hub'>
      <View className='ct-card hub__hero'>
        <View className='ct-row'>
          <Image className='hub__hero-icon' src={reportIcon} aria-hidden='true' />
          <View className='ct-grow'>
            <Text className='hub__title ct-block'>随手拍</Text>
            <Text className='ct-muted ct-block'>看到身边的问题，拍下来告诉我们</Text>
          </View>
        </View>
        <Button className='ct-btn ct-mt' type='primary' size='large' onClick={() => go(ROUTES.report)}>
          拍照反映问题
        </Button>
      </View>

      <View className='ct-card'>
        <Text className='ct-title ct-block'>怎么办理</Text>
        <View className='hub__steps' role='list' aria-label='办理流程'>
          {HOW_IT_WORKS.map((s, i) => (
            <View key={s} className='hub__step' role='listitem'>
              <Text className='hub__step-num' aria-hidden='true'>
                {i + 1}
              </Text>
              <Text className='hub__step-text'>{s}</Text>
            </View>
          ))}
        </View>
        <Text className='ct-muted ct-block ct-mt'>每一步的进展，都会在“消息”里告诉您。</Text>
      </View>

      <View className='hub__section'>
        <Text className='hub__section-title'>我反映的问题</Text>
        <View className='ct-link hub__all' role='link' aria-label='全部我的随手拍' onClick={() => go(ROUTES.myReports)}>
          全部
        </View>
      </View>
      <RemoteView<MyReport[]>
        remote={mine}
        rows={2}
        empty={{ title: '还没有反映过问题', hint: '看到乱扔垃圾、道路破损、占道经营，点上面的按钮拍下来吧' }}
      >
        {(list) => (
          <View>
            {list.slice(0, RECENT_COUNT).map((r) => (
              <View
                key={r.id}
                className='ct-card ct-card--tap'
                role='button'
                onClick={() => go(withQuery(ROUTES.reportDetail, { id: r.id }))}
              >
                <View className='ct-spread hub__report-head'>
                  <Text className='ct-title ct-grow'>{r.category}</Text>
                  <StatusTag status={r.status} label={r.statusLabel} />
                </View>
                <Text className='ct-text ct-block ct-mt-xs'>{r.address}</Text>
                <Text className='ct-muted ct-block'>{`${formatWhen(r.submittedAt)}反映${r.anonymous ? ' · 匿名' : ''}`}</Text>
              </View>
            ))}
          </View>
        )}
      </RemoteView>

      <Text className='ct-section-title'>身边的变化</Text>
      <ListItem icon={galleryIcon} title='整改晒单' note='看看大家反映的问题是怎么办好的' onClick={() => go(ROUTES.reportGallery)} />
    </Page>
  )
}

export default function ReportTab() {
  useTabPage(ROUTES.reportHub)
  return <ReportHubScreen />
}
