import { useState } from 'react'
import { useRemote } from '../../../hooks/useRemote'
import { useAction } from '../../../hooks/useAction'
import { readDraft, useDraft } from '../../../hooks/useDraft'
import { CloudError, type FieldError } from '../../../lib/cloud'
import { confirmOnce, toastError, toastOk } from '../../../lib/feedback'
import { listConventions } from '../api/listConventions'
import { getConventionText } from '../api/getConventionText'
import { publishVersion } from '../api/publishVersion'
import type { ConventionText, Id, PublishResult } from '../api/types'

/** One article per line; blank lines and leading numbers ("1." "一、") are dropped. */
export function splitArticles(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(\d+[.、．)]|[一二三四五六七八九十]+[、.．])\s*/, '').trim())
    .filter(Boolean)
}

/**
 * The server names a bad article by its place ("articles.3"); the form has one
 * box for all articles, so the message goes under that box, saying which one.
 */
export function formFieldErrors(details: FieldError[] | undefined): Record<string, string> {
  const out: Record<string, string> = {}
  for (const d of details ?? []) {
    const article = /^articles\.(\d+)$/.exec(d.field)
    const field = article ? 'articles' : d.field
    if (out[field]) continue
    out[field] = article ? `第 ${Number(article[1]) + 1} 条${d.message}` : d.message
  }
  return out
}

/** What the editor typed, kept on the phone per convention until it is published. */
export interface PublishDraft {
  title: string
  preamble: string
  articlesText: string
  /** the version the text was started from; the server refuses it once a newer one is out */
  baseVersion: number | null
}

const EMPTY: PublishDraft = { title: '', preamble: '', articlesText: '', baseVersion: null }

export const draftKeyOf = (conventionId: Id) => `publish.${conventionId}`

function fromText(t: ConventionText): PublishDraft {
  return {
    title: t.version.title || t.title,
    preamble: t.version.preamble || '',
    articlesText: t.version.articles.join('\n'),
    baseVersion: t.version.version,
  }
}

/** Which convention to revise (from the list, or `?conventionId=` of a link), and what came of publishing. */
export function usePublish(presetId?: Id) {
  const options = useRemote(listConventions)
  const [selected, setSelected] = useState<Id | undefined>(presetId || undefined)
  const [result, setResult] = useState<PublishResult | undefined>(undefined)
  return {
    options,
    selected,
    choose: (id: Id) => {
      setSelected(id)
      setResult(undefined)
    },
    result,
    setResult,
  }
}

/**
 * The form for one convention: starts from its current text (or the draft the
 * editor left), sends the version it started from, and when someone else
 * published meanwhile says so and starts again from the new text.
 */
export function usePublishForm(conventionId: Id, hooks: { onPublished: (r: PublishResult) => void; onConflict: () => void }) {
  const text = useRemote<ConventionText>(() => getConventionText(conventionId), [conventionId])
  const draft = useDraft<PublishDraft>(draftKeyOf(conventionId), EMPTY)
  // a draft left from an earlier visit wins over the server's text (it carries its own base version)
  const [restored] = useState(() => readDraft<PublishDraft>(draftKeyOf(conventionId))?.baseVersion != null)
  // the form holds the editor's own text (restored or typed): the server's text no longer replaces it
  const [ownText, setOwnText] = useState(restored)
  const [notice, setNotice] = useState<string | undefined>(undefined)
  const [errors, setErrors] = useState<Record<string, string>>({})

  // the server's text as it stands, until the editor changes something: from then on their draft
  const v: PublishDraft = ownText ? draft.value : text.data ? fromText(text.data) : EMPTY
  const set = <K extends 'title' | 'preamble' | 'articlesText'>(k: K) => (value: string) => {
    if (ownText) draft.update(k, value)
    else draft.setValue({ ...v, [k]: value })
    setOwnText(true)
    if (errors[k === 'articlesText' ? 'articles' : k]) setErrors({})
  }

  /** Throw the draft away and start again from the current text. */
  const discard = () => {
    draft.clear()
    setOwnText(false)
  }

  const publish = useAction(async () => {
    const articles = splitArticles(v.articlesText)
    const e: Record<string, string> = {}
    if (!v.title.trim()) e.title = '请填写标题'
    if (articles.length === 0) e.articles = '请至少写一条，每行一条'
    setErrors(e)
    if (Object.keys(e).length || v.baseVersion === null) return undefined
    const ok = await confirmOnce('发布新版本', `发布后，已签署的人需要重新签署。共 ${articles.length} 条，确定发布吗？`, '发布')
    if (!ok) return undefined
    try {
      const res = await publishVersion({
        conventionId,
        baseVersion: v.baseVersion,
        title: v.title.trim(),
        preamble: v.preamble.trim(),
        articles,
      })
      draft.clear()
      setOwnText(false)
      setNotice(undefined)
      toastOk(`已发布第 ${res.version} 版`)
      hooks.onPublished(res)
      return res
    } catch (err) {
      if (err instanceof CloudError && err.code === 'CONFLICT') {
        // someone published meanwhile: say so, and start again from what is current now
        setNotice(err.message)
        toastError(err)
        hooks.onConflict()
        try {
          const fresh = await getConventionText(conventionId)
          draft.clear()
          setOwnText(false)
          text.setData(fresh)
        } catch {
          /* the notice says what happened; what was typed stays, and publishing again asks again */
        }
        return undefined
      }
      throw err
    }
  })

  const current = text.data?.version.version
  return {
    text,
    /** a draft from an earlier visit is on screen (until discarded or published) */
    restored: restored && ownText,
    /** the draft started from an older version than the current one: publishing it will be refused */
    stale: ownText && v.baseVersion !== null && current !== undefined && v.baseVersion < current,
    currentVersion: current,
    discard,
    notice,
    title: v.title,
    setTitle: set('title'),
    preamble: v.preamble,
    setPreamble: set('preamble'),
    articlesText: v.articlesText,
    setArticlesText: set('articlesText'),
    baseVersion: v.baseVersion,
    articleCount: splitArticles(v.articlesText).length,
    errors: { ...formFieldErrors(publish.error?.details), ...errors },
    publish: publish.run,
    publishing: publish.busy,
  }
}
