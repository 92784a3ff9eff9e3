import { useState } from 'react'
import { useRemote } from '../../../hooks/useRemote'
import { useAction } from '../../../hooks/useAction'
import { confirmOnce, toastOk } from '../../../lib/feedback'
import { listConventions } from '../api/listConventions'
import { getConventionText } from '../api/getConventionText'
import { publishVersion } from '../api/publishVersion'
import type { Id, PublishResult } from '../api/types'

/** One article per line; blank lines and leading numbers ("1." "一、") are dropped. */
export function splitArticles(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(\d+[.、．)]|[一二三四五六七八九十]+[、.．])\s*/, '').trim())
    .filter(Boolean)
}

export function usePublish(presetId?: Id) {
  const options = useRemote(listConventions)
  const [selected, setSelected] = useState<Id | undefined>(presetId)
  const [title, setTitle] = useState('')
  const [preamble, setPreamble] = useState('')
  const [articlesText, setArticlesText] = useState('')
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [result, setResult] = useState<PublishResult | undefined>(undefined)

  const choose = useAction(async (id: Id) => {
    setSelected(id)
    setResult(undefined)
    const t = await getConventionText(id)
    setTitle(t.version.title || t.title)
    setPreamble(t.version.preamble || '')
    setArticlesText(t.version.articles.join('\n'))
    return t
  })

  const publish = useAction(async () => {
    const articles = splitArticles(articlesText)
    const e: Record<string, string> = {}
    if (selected === undefined) e.conventionId = '请先选择要修订的公约'
    if (!title.trim()) e.title = '请填写标题'
    if (articles.length === 0) e.articles = '请至少写一条，每行一条'
    setErrors(e)
    if (Object.keys(e).length) return undefined
    const ok = await confirmOnce('发布新版本', `发布后，已签署的人需要重新签署。共 ${articles.length} 条，确定发布吗？`, '发布')
    if (!ok) return undefined
    const res = await publishVersion({ conventionId: selected as Id, title: title.trim(), preamble: preamble.trim(), articles })
    setResult(res)
    toastOk(`已发布第 ${res.version} 版`)
    void options.reload()
    return res
  })

  return {
    options,
    selected,
    choose: choose.run,
    loadingText: choose.busy,
    title,
    setTitle,
    preamble,
    setPreamble,
    articlesText,
    setArticlesText,
    articleCount: splitArticles(articlesText).length,
    errors: { ...publish.fieldErrors, ...errors },
    publish: publish.run,
    publishing: publish.busy,
    result,
  }
}
