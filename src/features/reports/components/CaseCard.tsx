import { Image, Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { photoUrl } from '../../../lib/files'
import { beijing, formatWhen } from '../../../lib/time'
import StatusTag, { CaseFlags } from '../../../components/StatusTag'
import type { CaseSummary } from '../api/types'

/** A deadline with its hour, as people say it: 今天 18:00 · 明天 09:30 · 11月29日 18:00. */
export function formatDue(iso: string, now: number = Date.now()): string {
  const t = beijing(iso)
  const days = t.startOf('day').diff(beijing(now).startOf('day'), 'day')
  const hm = t.format('HH:mm')
  if (days === 0) return `今天 ${hm}`
  if (days === 1) return `明天 ${hm}`
  if (days === -1) return `昨天 ${hm}`
  return t.year() === beijing(now).year() ? `${t.month() + 1}月${t.date()}日 ${hm}` : `${t.year()}年${t.month() + 1}月${t.date()}日 ${hm}`
}

/** Deadline in words: "明天 18:00前办好", or how late it is. */
export function deadlineText(deadline: string | null, overdue: boolean): string {
  if (!deadline) return ''
  return overdue ? `期限${formatDue(deadline)}，已超期` : `${formatDue(deadline)}前办好`
}

/** One case in a staff, handler or command-centre list; tap to open it. */
export default function CaseCard({ c, onOpen, children }: { c: CaseSummary; onOpen: () => void; children?: ReactNode }) {
  return (
    <View className={`ct-card rp-case ${c.overdue ? 'rp-case--late' : ''}`}>
      <View className='rp-case__main' role='button' onClick={onOpen}>
        {c.photo ? <Image className='rp-case__photo' src={photoUrl(c.photo)} mode='aspectFill' aria-hidden='true' /> : null}
        <View className='ct-grow'>
          <View className='ct-spread'>
            <Text className='ct-title'>{c.category}</Text>
            <StatusTag status={c.status} label={c.statusLabel} />
          </View>
          <Text className='ct-text ct-block rp-case__desc'>{c.description}</Text>
          <Text className='ct-muted ct-block'>{`${c.community ? `${c.community} · ` : ''}${c.address}`}</Text>
          <Text className='ct-muted ct-block'>{`${formatWhen(c.submittedAt)}${c.foundByInspection ? ' 督查暗访发现' : '反映'}${c.followers > 0 ? ` · ${c.followers}人也遇到` : ''}`}</Text>
          {c.department ? (
            <Text className={`ct-block rp-case__due ${c.overdue ? 'rp-late' : ''}`}>
              {`${c.department} · ${deadlineText(c.deadline, c.overdue)}`}
            </Text>
          ) : null}
          <View className='rp-flags'>
            <CaseFlags overdue={c.overdue} escalated={c.escalated} />
          </View>
        </View>
      </View>
      {children}
    </View>
  )
}
