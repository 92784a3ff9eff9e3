import { Text, View } from '@tarojs/components'
import { StepRail } from '../../../components/Timeline'
import type { CampaignSummary } from '../api/types'
import { phaseSteps, stepState } from './words'

/** 推荐 → 审核 → 投票 → 结果, with their dates; the step the campaign is in is marked 进行中. */
export default function PhaseTimeline({ c }: { c: CampaignSummary }) {
  const steps = phaseSteps(c).map((s) => {
    const state = stepState(s.phase, c.phase)
    return {
      key: s.phase,
      mark: state === 'now' ? ('now' as const) : state === 'past' ? ('done' as const) : undefined,
      body: (
        <>
          <View className='ct-row'>
            <Text className='ct-step__label'>{s.label}</Text>
            {state === 'now' ? <Text className='ct-tag ct-tag--red fm-step__now'>进行中</Text> : null}
            {state === 'past' ? <Text className='ct-muted fm-step__now'>已结束</Text> : null}
          </View>
          <Text className='ct-muted ct-block'>{s.when}</Text>
        </>
      ),
    }
  })
  return <StepRail steps={steps} label='评选日程' compact />
}
