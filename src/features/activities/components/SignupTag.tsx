import { Text } from '@tarojs/components'
import StatusTag from '../../../components/StatusTag'
import type { SignupState } from '../api/types'
import { SIGNUP_TEXT } from '../hooks/rules'

/** Where I stand: 已报名 (green, as everything confirmed), 候补中 (grey, waiting); a called-off activity says so in red. */
export default function SignupTag({ mine, cancelled }: { mine: SignupState | null; cancelled?: boolean }) {
  if (cancelled) return <Text className='ct-tag ct-tag--red'>活动已取消</Text>
  if (!mine || mine === 'cancelled') return null
  return <StatusTag status={mine === 'confirmed' ? 'confirmed' : 'waiting'} label={SIGNUP_TEXT[mine]} />
}
