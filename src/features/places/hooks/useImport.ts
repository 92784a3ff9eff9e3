/**
 * Importing the county's address sheet: download the template, pick the filled
 * sheet, read the preview (what will be added, what is already there, which
 * lines are refused and why), then import it all at once — or, when some lines
 * are refused, the good ones only, by a second explicit choice.
 */
import { useState } from 'react'
import { useAction } from '../../../hooks/useAction'
import { toastOk } from '../../../lib/feedback'
import { saveFile } from '../../../lib/save-file'
import { commitImport } from '../api/commitImport'
import { getTemplate } from '../api/getTemplate'
import { previewImport } from '../api/previewImport'
import type { ImportPreview, ImportResult, SheetRef } from '../api/types'
import { sheetProblem, sheetRef, type PickedSheet } from '../lib/sheet'

const MIME = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
}

const SAVED_MESSAGE = { downloaded: '模板已下载', shared: '模板已发送', opened: '模板已打开', copied: '模板已复制' }

export function useImport() {
  const [sheet, setSheet] = useState<PickedSheet | null>(null)
  const [problem, setProblem] = useState('')
  const [read, setRead] = useState<{ ref: SheetRef; preview: ImportPreview } | null>(null)
  const [result, setResult] = useState<ImportResult | null>(null)

  const template = useAction(async (format: 'xlsx' | 'csv') => {
    const file = await getTemplate(format)
    const how = await saveFile(file.fileName, { base64: file.data }, MIME[format])
    toastOk(SAVED_MESSAGE[how])
  })
  const reading = useAction(async (picked: PickedSheet) => {
    const ref = await sheetRef(picked)
    return { ref, preview: await previewImport(ref) }
  }, { toastOnError: false })
  const writing = useAction((ref: SheetRef, digest: string, skipRefused: boolean) => commitImport(ref, digest, skipRefused), { toastOnError: false })

  const pick = async (picked: PickedSheet | null) => {
    if (!picked) return
    setSheet(picked)
    setRead(null)
    setResult(null)
    writing.clearError()
    const why = sheetProblem(picked)
    setProblem(why)
    if (why) return
    const r = await reading.run(picked)
    if (r) setRead(r)
  }

  const commit = async (skipRefused: boolean) => {
    if (!read) return
    const r = await writing.run(read.ref, read.preview.digest, skipRefused)
    if (r) setResult(r)
  }

  const startOver = () => {
    setSheet(null)
    setRead(null)
    setResult(null)
    setProblem('')
    reading.clearError()
    writing.clearError()
  }

  const preview = read?.preview ?? null
  const toAdd = preview ? preview.counts.households : 0
  const nothingNew = preview !== null && Object.values(preview.counts).every((n) => n === 0)

  return {
    sheet,
    problem: problem || reading.error?.message || '',
    reading: reading.busy,
    preview,
    toAdd,
    nothingNew,
    commit,
    committing: writing.busy,
    commitError: writing.error?.message ?? '',
    result,
    pick,
    startOver,
    downloadTemplate: (format: 'xlsx' | 'csv') => void template.run(format),
    downloading: template.busy,
  }
}

export type ImportModel = ReturnType<typeof useImport>
