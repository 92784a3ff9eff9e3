import { call } from '../../lib/cloud'
import type { TodoItem } from '../../lib/api-types'
import { ROUTES, withQuery } from '../../lib/routes'

interface Pending {
  id: string
  title: string
  closesAt: string
}

/** 首页's to-do for 问卷: each open questionnaire for the person that they have not answered, opening its answer page. */
export function questionnaireTodo(pending: Pending[]): TodoItem[] {
  return pending.map((q) => ({ kind: 'questionnaire', title: `请填写问卷：${q.title}`, path: withQuery(ROUTES.questionnaireAnswer, { id: q.id }) }))
}

/** questionnaires.pending, as 首页's to-do. */
export async function getQuestionnaireTodo(): Promise<TodoItem[]> {
  return questionnaireTodo(await call<Pending[]>('questionnaires', 'pending', {}))
}
