import { call } from '../../../lib/cloud'

/** questionnaires.pending as the child acting — the children's questionnaires (小手拉大手) not answered yet. */
export function childQuestionnaires(): Promise<{ id: string; title: string; closesAt: string }[]> {
  return call<{ id: string; title: string; closesAt: string }[]>('questionnaires', 'pending', {})
}
