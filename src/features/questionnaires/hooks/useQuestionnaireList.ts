import { useState } from 'react'
import { useRemote } from '../../../hooks/useRemote'
import { listQuestionnaires } from '../api/listQuestionnaires'
import type { QuestionnaireList } from '../api/types'

export type ListTab = 'mine' | 'manage'

/** 问卷调查: what the person may answer and, for staff and the admin, a second tab with what they manage. */
export function useQuestionnaireList(initialTab: ListTab = 'mine') {
  const list = useRemote<QuestionnaireList>(listQuestionnaires)
  const [tab, setTab] = useState<ListTab>(initialTab)
  const manages = !!list.data && (list.data.mayCreate || list.data.managed.length > 0)
  return { list, tab: manages ? tab : 'mine', setTab, manages }
}
