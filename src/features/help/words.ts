/** The words of the 积分换互助 pages, in one place (pure: the tests read them too). */
import { formatWhen } from '../../lib/time'
import type { HelpRequestView } from './api/types'

export const STATUS_OF_STATE: Record<string, string> = { open: 'submitted', accepted: 'in_progress', disputed: 'disputed', done: 'closed', cancelled: 'rejected' }

/** 90 → 1小时30分钟 */
export function minutesText(minutes: number): string {
  const h = Math.floor(minutes / 60)
  const m = minutes % 60
  return `${h ? `${h}小时` : ''}${m ? `${m}分钟` : ''}` || '0分钟'
}

/** 1.5 km / 800米 */
export function distanceText(metres: number | null): string {
  if (metres === null) return ''
  return metres >= 1000 ? `${(metres / 1000).toFixed(1)}公里` : `${metres}米`
}

export const DURATIONS = [
  { value: 30, text: '半小时' },
  { value: 60, text: '1小时' },
  { value: 120, text: '2小时' },
  { value: 240, text: '半天' },
]

export function summary(r: HelpRequestView): string {
  return `${formatWhen(r.startsAt)} · 约${minutesText(r.minutes)} · ${placeText(r)}`
}

/** What the caller reads about where the request stands, from their side. */
export function stateNote(r: HelpRequestView): string {
  if (r.state === 'open') return r.role === 'requester' ? `${r.points}积分已由平台暂存。有志愿者接单后，我们会在消息里告诉您。` : '还没有人接单。'
  if (r.state === 'accepted') {
    if (r.cancelAsked && r.role === 'requester') return `已请${r.helperName ?? '帮忙的人'}同意取消${r.cancelReason ? `（${r.cancelReason}）` : ''}，等对方答复。对方同意后，积分马上退回。`
    if (r.cancelAsked && r.role === 'helper') return `求助的人想取消这一单${r.cancelReason ? `：${r.cancelReason}` : ''}。请点“同意取消”或“不同意”。`
    if (r.role === 'requester') return r.requesterConfirmed ? '您已确认，等帮忙的人确认后积分就付给对方。' : `${r.helperName}接了单。帮完后请点“确认完成”；没有进行就点“没有进行”。`
    if (r.role === 'helper') return r.helperConfirmed ? '您已确认，等对方确认后积分就到账。' : '请按约定的时间去帮忙，帮完后点“确认完成”。'
    return '已经有志愿者接单了。'
  }
  if (r.state === 'disputed') return `社区工作人员正在了解情况，积分先由平台保管。${r.disputeReason ? `原因：${r.disputeReason}` : ''}`
  if (r.state === 'done') return r.resolution === 'pay' ? `社区处理后，${r.points}积分付给了帮忙的人。${r.resolveReason ? `理由：${r.resolveReason}` : ''}` : `双方都确认了，${r.points}积分已付给帮忙的人，时长记入互助时长。`
  return r.resolution === 'refund' ? `社区处理后，${r.points}积分退回给了求助的人。${r.resolveReason ? `理由：${r.resolveReason}` : ''}` : '这个需求已取消，积分已退回。'
}

/** 4星 — the stars the requester gave, as words a screen reader says too. */
export function ratingText(rating: number): string {
  return `${'★'.repeat(rating)}${'☆'.repeat(5 - rating)}（${rating}星）`
}

export const DISPUTE_REASONS = ['约好的时间没有人来', '临时不需要了', '帮忙的内容和说好的不一样']
export const CANCEL_REASONS = ['临时不需要了', '家里人能帮忙了', '时间要改，想重新发布']
export const RESOLVE_REASONS = ['电话问过双方，确实帮过了', '双方都说没有进行', '楼长看到志愿者来过']

/** 幸福里社区 1号楼 — the community once, even when the place already names it. */
export function placeText(r: Pick<HelpRequestView, 'communityName' | 'place'>): string {
  return r.place.startsWith(r.communityName) ? r.place : `${r.communityName} ${r.place}`
}
