/**
 * Pick community → building → unit → room (the shared usePlacePicker), then
 * the relation, then submit. Going back to a step forgets the picks after it.
 */
import { useEffect, useState } from 'react'
import { useAction } from '../../../hooks/useAction'
import { usePlacePicker, type PlaceStep } from '../../../hooks/usePlacePicker'
import { toastOk } from '../../../lib/feedback'
import { requestBinding } from '../api/requestBinding'
import type { Relation } from '../api/types'

export const STEP_TITLES: Record<PlaceStep | 'done', string> = {
  community: '第一步：选择小区',
  building: '第二步：选择楼栋',
  unit: '第三步：选择单元',
  room: '第四步：选择房号',
  done: '最后：您和这一户的关系',
}

export function useBindingFlow(onSubmitted?: () => void) {
  const place = usePlacePicker()
  const [relation, setRelation] = useState<Relation | undefined>(undefined)
  // another room (or none, going back a step): the relation is asked again
  const room = place.household?.id
  useEffect(() => setRelation(undefined), [room])

  const submit = useAction(async () => {
    if (!place.household || !relation) return undefined
    const res = await requestBinding(place.household.id, relation)
    toastOk('申请已提交')
    place.reset()
    setRelation(undefined)
    onSubmitted?.()
    return res
  })

  return {
    place,
    relation,
    setRelation,
    submit: submit.run,
    submitting: submit.busy,
  }
}
