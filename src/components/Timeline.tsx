import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { formatWhen } from '../lib/time'
import './Timeline.scss'

export interface RailStep {
  key: string | number
  /** now: a red dot (where it stands); done: a green one; neither: grey */
  mark?: 'now' | 'done'
  body: ReactNode
}

/** Steps on a rail of dots, in the order given. `compact` for a short schedule. */
export function StepRail({ steps, label, compact = false }: { steps: RailStep[]; label: string; compact?: boolean }) {
  return (
    <View className={`ct-steps ${compact ? 'ct-steps--compact' : ''}`} role='list' aria-label={label}>
      {steps.map((s, i) => (
        <View key={s.key} className={`ct-step ${s.mark ? `ct-step--${s.mark}` : ''}`} role='listitem'>
          <View className='ct-step__rail' aria-hidden='true'>
            <View className='ct-step__dot' />
            {i < steps.length - 1 ? <View className='ct-step__line' /> : null}
          </View>
          <View className='ct-step__body'>{s.body}</View>
        </View>
      ))}
    </View>
  )
}

export interface TimelineStep {
  key: string | number
  label: string
  /** an ISO instant, shown as people say it (今天 14:30) */
  at: string
  by: string
  /** what the feature adds under who did it (a department and deadline, stars, a version) */
  detail?: ReactNode
  /** the person's own words, set apart */
  note?: string | null
  /** below the note (photos) */
  after?: ReactNode
}

/** A story, newest first, the newest marked as where it stands: who did what, when, with their note. */
export default function Timeline({ steps, label }: { steps: TimelineStep[]; label: string }) {
  const rail: RailStep[] = steps.map((s, i) => ({
    key: s.key,
    mark: i === 0 ? 'now' : undefined,
    body: (
      <>
        <View className='ct-spread'>
          <Text className='ct-step__label'>{s.label}</Text>
          <Text className='ct-muted'>{formatWhen(s.at)}</Text>
        </View>
        <Text className='ct-muted ct-block'>{s.by}</Text>
        {s.detail ?? null}
        {s.note ? <Text className='ct-text ct-block ct-step__note'>{s.note}</Text> : null}
        {s.after ?? null}
      </>
    ),
  }))
  return <StepRail steps={rail} label={label} />
}
