import { useState } from 'react'
import { useAction } from '../../../hooks/useAction'
import { useRemote } from '../../../hooks/useRemote'
import { toastOk } from '../../../lib/feedback'
import { exportCsv } from '../api/exportCsv'
import { getResults } from '../api/getResults'
import { listTextAnswers } from '../api/listTextAnswers'
import type { Id, QuestionnaireResults, TextAnswer, TextAnswerPage } from '../api/types'
import { saveCsv } from '../../../lib/save-csv'

/** 问卷结果: the counts per question (from the server's counters) and the CSV export. */
export function useResults(questionnaireId: Id) {
  const results = useRemote<QuestionnaireResults>(() => getResults(questionnaireId), [questionnaireId])
  const exporting = useAction(async () => {
    const { filename, csv } = await exportCsv(questionnaireId)
    const how = await saveCsv(filename, csv)
    toastOk(how === 'copied' ? '已复制到剪贴板' : how === 'shared' ? '已发送' : '已开始下载')
    return how
  })
  return { results, exportCsv: exporting.run, exporting: exporting.busy }
}

/** One text question's answers: the first page, then 加载更多 until the end. */
export function useTextAnswers(questionnaireId: Id, questionId: string) {
  const first = useRemote<TextAnswerPage>(() => listTextAnswers(questionnaireId, questionId), [questionnaireId, questionId])
  const [more, setMore] = useState<{ items: TextAnswer[]; next: string | null } | null>(null)
  const next = more ? more.next : (first.data?.next ?? null)
  const loadMore = useAction(async () => {
    if (!next) return undefined
    const page = await listTextAnswers(questionnaireId, questionId, next)
    setMore((prev) => ({ items: [...(prev?.items ?? []), ...page.items], next: page.next }))
    return page
  })
  return {
    first,
    items: [...(first.data?.items ?? []), ...(more?.items ?? [])],
    hasMore: next !== null,
    loadMore: loadMore.run,
    loadingMore: loadMore.busy,
    reload: async () => {
      setMore(null)
      await first.reload()
    },
  }
}
