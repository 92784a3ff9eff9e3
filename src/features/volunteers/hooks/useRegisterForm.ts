import { useState } from 'react'
import { useAction } from '../../../hooks/useAction'
import { useDraft } from '../../../hooks/useDraft'
import { toastOk } from '../../../lib/feedback'
import { register } from '../api/register'
import type { VolunteerProfileView } from '../api/types'
import { IDENTITY_CONSENT_NEEDED, MAX_SKILLS, serverFieldErrors, skillError, validateRegistration, type RegisterValues } from './rules'

/** What the person has filled in, kept on the phone until it is saved. */
export interface RegisterDraft extends RegisterValues {
  /** the chosen community's name, to show it without asking the server again */
  communityName: string
  /** a skill being typed, before 添加 */
  typedSkill: string
}

export const REGISTER_DRAFT_KEY = 'volunteers.register'

/** Starts from the profile when editing; else from the person's home community, when they bound one. */
export function startingValues(profile: VolunteerProfileView | null, home?: { communityId: string; communityName: string } | null): RegisterDraft {
  if (profile) {
    return {
      realName: profile.realName,
      phone: profile.phone,
      skills: profile.skills,
      communityId: profile.communityId,
      communityName: profile.communityName,
      typedSkill: '',
    }
  }
  return { realName: '', phone: '', skills: [], communityId: home?.communityId ?? '', communityName: home?.communityName ?? '', typedSkill: '' }
}

/**
 * 志愿者注册 / 修改资料: the form, its draft, the checks before sending, and
 * the server's field errors shown at their fields. `onSaved` runs once the
 * server has the profile.
 */
export function useRegisterForm(initial: RegisterDraft, onSaved: (p: VolunteerProfileView) => void, askIdentityConsent = false) {
  const draft = useDraft<RegisterDraft>(REGISTER_DRAFT_KEY, initial)
  const d = draft.value
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({})
  // The separate consent to giving a real name and phone: ticked here, never kept in the draft.
  const [identityConsent, setIdentityConsentState] = useState(false)
  /** fields changed since the server last refused: its words about them no longer apply */
  const [touched, setTouched] = useState<string[]>([])

  const forget = (k: string) => {
    if (localErrors[k]) setLocalErrors(({ [k]: _gone, ...rest }) => rest)
    if (!touched.includes(k)) setTouched((t) => [...t, k])
  }
  const setField = <K extends keyof RegisterDraft>(k: K, v: RegisterDraft[K]) => {
    draft.update(k, v)
    forget(k === 'typedSkill' ? 'skills' : (k as string))
  }

  const toggleSkill = (s: string) => {
    if (d.skills.includes(s)) {
      draft.setValue((prev) => ({ ...prev, skills: prev.skills.filter((x) => x !== s) }))
      forget('skills')
      return
    }
    if (d.skills.length >= MAX_SKILLS) {
      setLocalErrors((e) => ({ ...e, skills: `最多填${MAX_SKILLS}项特长，可以先去掉一项` }))
      return
    }
    draft.setValue((prev) => ({ ...prev, skills: [...prev.skills, s] }))
    forget('skills')
  }

  const addTyped = () => {
    const err = skillError(d.typedSkill, d.skills)
    if (err) {
      setLocalErrors((e) => ({ ...e, skills: err }))
      return
    }
    draft.setValue((prev) => ({ ...prev, skills: [...prev.skills, prev.typedSkill.trim()], typedSkill: '' }))
    forget('skills')
  }

  const submit = useAction(async () => {
    const v = draft.value
    const errs = validateRegistration(v)
    if (askIdentityConsent && !identityConsent) errs.identityConsent = IDENTITY_CONSENT_NEEDED
    setLocalErrors(errs)
    setTouched([])
    if (Object.keys(errs).length) return undefined
    const saved = await register({
      realName: v.realName.trim(),
      phone: v.phone.replace(/\s/g, ''),
      skills: v.skills,
      communityId: v.communityId,
      identityConsent,
    })
    draft.clear(startingValues(saved))
    toastOk('资料已保存')
    onSaved(saved)
    return saved
  })

  const fromServer = serverFieldErrors(submit.fieldErrors)
  touched.forEach((k) => delete fromServer[k])
  const errors = { ...fromServer, ...localErrors }
  return {
    draft: d,
    setField,
    pickCommunity: (c: { id: string; name: string }) => {
      draft.setValue((prev) => ({ ...prev, communityId: c.id, communityName: c.name }))
      forget('communityId')
    },
    toggleSkill,
    addTyped,
    askIdentityConsent,
    identityConsent,
    setIdentityConsent: (on: boolean) => {
      setIdentityConsentState(on)
      forget('identityConsent')
    },
    errors,
    errorCount: Object.keys(errors).length,
    submitError: submit.error,
    submit: submit.run,
    submitting: submit.busy,
  }
}

export type RegisterForm = ReturnType<typeof useRegisterForm>
