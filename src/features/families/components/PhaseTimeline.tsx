import { Text, View } from '@tarojs/components'
import type { CampaignSummary } from '../api/types'
import { phaseSteps, stepState } from './words'

/** 推荐 → 审核 → 投票 → 结果, with their dates; the step the campaign is in is marked 进行中. */
export default function PhaseTimeline({ c }: { c: CampaignSummary }) {
  const steps = phaseSteps(c)
  return (
    <View className='fm-steps' role='list' aria-label='评选日程'>
      {steps.map((s, i) => {
        const state = stepState(s.phase, c.phase)
        return (
          <View key={s.phase} className={`fm-step fm-step--${state}`} role='listitem'>
            <View className='fm-step__rail' aria-hidden='true'>
              <View className='fm-step__dot' />
              {i < steps.length - 1 ? <View className='fm-step__line' /> : null}
            </View>
            <View className='fm-step__body'>
              <View className='ct-row'>
                <Text className='fm-step__label'>{s.label}</Text>
                {state === 'now' ? <Text className='ct-tag ct-tag--red fm-step__now'>进行中</Text> : null}
                {state === 'past' ? <Text className='ct-muted fm-step__now'>已结束</Text> : null}
              </View>
              <Text className='ct-muted ct-block'>{s.when}</Text>
            </View>
          </View>
        )
      })}
    </View>
  )
}
