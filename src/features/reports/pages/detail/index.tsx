import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import Page from '../../../../components/Page'
import RemoteView from '../../../../components/RemoteView'
import BrokenLink from '../../../../components/BrokenLink'
import { usePullRefresh } from '../../../../hooks/usePullRefresh'
import { toastOk } from '../../../../lib/feedback'
import { ROUTES, go, withQuery } from '../../../../lib/routes'
import { formatWhen } from '../../../../lib/time'
import BeforeAfter from '../../components/BeforeAfter'
import CaseActions from '../../components/CaseActions'
import { deadlineText, formatDue } from '../../components/CaseCard'
import PhotoStrip from '../../../../components/PhotoStrip'
import StatusTag, { CaseFlags } from '../../../../components/StatusTag'
import { StarsShown } from '../../components/Stars'
import Timeline from '../../components/Timeline'
import { useCaseDetail } from '../../hooks/useCaseDetail'
import type { CaseAction, Id, ReportDetail } from '../../api/types'
import '../reports.scss'
import './index.scss'

/** Opened without an id (a cut-off link), the page says so before asking the server anything. */
export function DetailScreen({ reportId }: { reportId: Id | undefined }) {
  if (!reportId) {
    return (
      <Page>
        <BrokenLink hint='请回到首页，从“我的随手拍”或工作台重新进入。' />
      </Page>
    )
  }
  return <LoadedDetail reportId={reportId} />
}

const STAFF_ACTIONS: CaseAction[] = ['accept', 'assign', 'reject', 'markDuplicate', 'escalate']

/** For the reporter (and those who said 我也遇到): what happens next, in a sentence. */
export function nextStep(d: ReportDetail): string {
  const due = d.deadline ? `，${formatDue(d.deadline)}前办好` : ''
  switch (d.status) {
    case 'submitted':
    case 'accepted':
    case 'reopened':
      return '社区工作人员会尽快受理，派给责任单位办理。进展会显示在这里。'
    case 'assigned':
      return `已交给${d.department ?? '责任单位'}${due}。`
    case 'in_progress':
      return `${d.department ?? '责任单位'}正在处理${due}。`
    case 'fixed':
      return '责任单位已经整改，等待反映人确认。'
    case 'disputed':
      return '异议已收到，社区会重新派单办理。'
    case 'rejected':
      return '这个问题没有受理，原因写在下面的办理过程里。'
    case 'duplicate':
      return '之前已经有人反映过同一个问题，会一起办理。'
    default:
      return '已经办结，谢谢您一起守护我们的城市！'
  }
}

function copyId(id: Id) {
  Taro.setClipboardData({ data: id })
    .then(() => toastOk('编号已复制'))
    .catch(() => undefined)
}

function LoadedDetail({ reportId }: { reportId: Id }) {
  const m = useCaseDetail(reportId)
  usePullRefresh(m.detail.reload)
  return (
    <Page>
      <RemoteView<ReportDetail> remote={m.detail} rows={4} isEmpty={() => false}>
        {(d) => (
          <View>
            <View className='ct-card'>
              <View className='ct-spread'>
                <Text className='ct-h1'>{d.category}</Text>
                <StatusTag status={d.status} label={d.statusLabel} />
              </View>
              <View className='rp-flags'>
                <CaseFlags overdue={d.overdue} escalated={d.escalated} />
              </View>
              <Text className='ct-muted ct-block ct-mt-xs'>
                {`${d.isMine ? (d.anonymous ? '您（匿名）' : '您') : d.reporter} · ${formatWhen(d.submittedAt)}反映`}
              </Text>
              {d.followers > 0 ? (
                <Text className='ct-muted ct-block'>{`${d.followers}位居民也遇到了这个问题${d.following ? '（包括您）' : ''}`}</Text>
              ) : null}
              <PhotoStrip refs={d.beforePhotos} label='问题照片' />
              <Text className='ct-text ct-block rp-desc'>{d.description}</Text>
              {(d.isMine || d.following) && d.actions.every((a) => a === 'meToo') ? (
                <View className='rp-next' role='status'>
                  <Text className='ct-text'>{nextStep(d)}</Text>
                </View>
              ) : null}
            </View>

            <View className='ct-card'>
              <Text className='rp-dt'>地点</Text>
              <Text className='ct-text ct-block'>{d.address}</Text>
              {d.community ? <Text className='ct-muted ct-block'>{d.community}</Text> : null}
              {d.department ? (
                <>
                  <Text className='rp-dt ct-mt'>责任单位</Text>
                  <Text className='ct-text ct-block'>{d.department}</Text>
                  {d.deadline ? (
                    <Text className={`ct-block rp-due ${d.overdue ? 'rp-late' : ''}`}>{`办理期限：${deadlineText(d.deadline, d.overdue)}`}</Text>
                  ) : null}
                </>
              ) : null}
              {d.duplicateOf ? (
                <View className='ct-mt' role='link' onClick={() => go(withQuery(ROUTES.reportDetail, { id: d.duplicateOf as string }))}>
                  <Text className='ct-text ct-block'>这个问题之前已经有人反映过。</Text>
                  <Text className='ct-link'>查看原来的问题 ›</Text>
                </View>
              ) : null}
            </View>

            {d.afterPhotos.length || d.rating ? (
              <View className='ct-card'>
                <Text className='ct-title ct-block'>{d.afterPhotos.length ? '整改前后' : '整改后'}</Text>
                {d.afterPhotos.length ? (
                  <View className='ct-mt-xs'>
                    <BeforeAfter before={d.beforePhotos[0] ?? null} after={d.afterPhotos[0]} />
                  </View>
                ) : null}
                <PhotoStrip refs={d.afterPhotos.slice(1)} label='更多整改后照片' />
                {d.rating ? (
                  <View className='ct-mt-xs'>
                    <Text className='ct-muted'>反映人评价 </Text>
                    <StarsShown value={d.rating} />
                  </View>
                ) : null}
              </View>
            ) : null}

            <CaseActions d={d} m={m} />

            <Text className='ct-section-title'>办理过程</Text>
            <View className='ct-card'>
              <Timeline entries={d.timeline} />
            </View>

            {d.routed || d.actions.some((a) => STAFF_ACTIONS.includes(a)) ? (
              <View className='ct-links'>
                <View className='ct-link' role='button' onClick={() => copyId(d.id)}>
                  复制编号
                </View>
              </View>
            ) : null}
          </View>
        )}
      </RemoteView>
    </Page>
  )
}

export default function DetailPage() {
  const { params } = useRouter()
  return <DetailScreen reportId={params.id} />
}
