/**
 * 我的孩子: the children a guardian added, adding one (a given name, a birth
 * month, the other guardian at home, and the guardian's own consent), and
 * handing the phone to a child in child mode.
 */
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { useAction } from '../../../hooks/useAction'
import { useRemote } from '../../../hooks/useRemote'
import { enterChildMode } from '../../../lib/child-mode'
import { toastOk } from '../../../lib/feedback'
import { ROUTES } from '../../../lib/routes'
import { addChild, listChildren, type ChildItem } from '../api/children'
import { makeChildLinkCode, type ChildLinkCode } from '../api/childLink'

interface Draft {
  givenName: string
  birthMonth: string
  otherGuardianId: string
  consent: boolean
}

const EMPTY: Draft = { givenName: '', birthMonth: '', otherGuardianId: '', consent: false }

export function childProblems(d: Draft): Record<string, string> {
  const out: Record<string, string> = {}
  if (!d.givenName.trim()) out.givenName = '请填写孩子的名字'
  if (!d.birthMonth) out.birthMonth = '请选择孩子的出生年月'
  if (!d.consent) out.guardianConsent = '请阅读并同意《儿童个人信息保护规则》'
  return out
}

export function useChildren() {
  const view = useRemote(listChildren)
  const [adding, setAdding] = useState(false)
  const [draft, setDraft] = useState<Draft>(EMPTY)
  const [tried, setTried] = useState(false)
  const add = useAction(addChild, { toastOnError: false })
  // 让孩子用自己的微信: the child whose code is shown, and the code.
  const [linking, setLinking] = useState<ChildItem | null>(null)
  const [link, setLink] = useState<ChildLinkCode | null>(null)
  const makeCode = useAction(makeChildLinkCode, { toastOnError: false })

  const patch = (p: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...p }))
    add.clearError()
  }
  const problems = childProblems(draft)
  const errors: Record<string, string> = { ...(tried ? problems : {}), ...add.fieldErrors }

  const submit = async () => {
    setTried(true)
    if (Object.keys(problems).length) return
    const r = await add.run({
      givenName: draft.givenName.trim(),
      birthMonth: draft.birthMonth,
      otherGuardianIds: draft.otherGuardianId ? [draft.otherGuardianId] : [],
      guardianConsent: true,
    })
    if (!r) return
    toastOk(`已添加${draft.givenName.trim()}`)
    setDraft(EMPTY)
    setTried(false)
    setAdding(false)
    void view.reload()
  }

  /** The phone goes to the child: their own start page, with no way back but the grown-up's. */
  const handOver = (c: ChildItem) => {
    enterChildMode({ childId: c.id, name: c.name })
    void Taro.reLaunch({ url: ROUTES.childHome })
  }

  const newCode = async (c: ChildItem) => {
    setLink(null)
    const r = await makeCode.run(c.id)
    if (r) setLink(r)
  }
  const startLink = (c: ChildItem) => {
    setLinking(c)
    void newCode(c)
  }
  const closeLink = () => {
    setLinking(null)
    setLink(null)
    makeCode.clearError()
    void view.reload()
  }

  return {
    view,
    linking,
    link,
    linkBusy: makeCode.busy,
    linkError: makeCode.error?.message ?? '',
    startLink,
    againLink: () => (linking ? void newCode(linking) : undefined),
    closeLink,
    adding,
    startAdding: () => setAdding(true),
    stopAdding: () => (setAdding(false), setTried(false), add.clearError()),
    draft,
    patch,
    errors,
    error: add.error && !Object.keys(add.fieldErrors).length ? add.error.message : '',
    submit,
    busy: add.busy,
    handOver,
  }
}

export type ChildrenModel = ReturnType<typeof useChildren>
