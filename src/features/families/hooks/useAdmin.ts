import { useState } from 'react'
import { useAction } from '../../../hooks/useAction'
import { useDraft } from '../../../hooks/useDraft'
import { useRemote } from '../../../hooks/useRemote'
import { toastOk } from '../../../lib/feedback'
import { beijing } from '../../../lib/time'
import { createCampaign } from '../api/createCampaign'
import { exportVotes } from '../api/exportVotes'
import { listCampaigns } from '../api/listCampaigns'
import { listFlags } from '../api/listFlags'
import { voidVotes } from '../api/voidVotes'
import type { CampaignSummary, CreateCampaignInput, Id, VoteFlag } from '../api/types'
import { currentCampaign } from '../components/words'
import { saveCsv } from '../../../lib/save-csv'

const DAY_MS = 24 * 3_600_000

/** A moment as the form holds it: a Beijing date and time. */
export interface When {
  date: string
  time: string
}

export interface CampaignForm {
  title: string
  description: string
  nominationStartsAt: When
  nominationEndsAt: When
  votingStartsAt: When
  votingEndsAt: When
  votesPerDay: number
  repeatSameFamily: boolean
  requireHousehold: boolean
  minorsMayVote: boolean
}

export const DATE_FIELDS = ['nominationStartsAt', 'nominationEndsAt', 'votingStartsAt', 'votingEndsAt'] as const
export type DateField = (typeof DATE_FIELDS)[number]

export const DATE_LABELS: Record<DateField, string> = {
  nominationStartsAt: '推荐开始',
  nominationEndsAt: '推荐截止',
  votingStartsAt: '投票开始',
  votingEndsAt: '投票截止',
}

export const VOTES_MIN = 1
export const VOTES_MAX = 20

function day(now: number, days: number, time: string): When {
  return { date: beijing(now + days * DAY_MS).format('YYYY-MM-DD'), time }
}

/**
 * Sensible defaults: nominations open at the next full hour for two weeks,
 * then a day and a half of review, then a week of voting; one vote a day,
 * bound households only, adults only.
 */
export function newCampaignForm(now: number = Date.now()): CampaignForm {
  const start = beijing(now + 3_600_000)
  return {
    title: `${beijing(now).year()}年度文明家庭评选`,
    description: '小手拉大手，文明一起走。孩子们写下自己家的故事，推荐自己的家庭；经家长同意、社区审核后进入投票。',
    nominationStartsAt: { date: start.format('YYYY-MM-DD'), time: `${start.format('HH')}:00` },
    nominationEndsAt: day(now, 14, '20:00'),
    votingStartsAt: day(now, 16, '08:00'),
    votingEndsAt: day(now, 23, '20:00'),
    votesPerDay: 1,
    repeatSameFamily: false,
    requireHousehold: true,
    minorsMayVote: false,
  }
}

/** 2025-11-27 + 08:00 in Beijing → an ISO instant with its offset. */
export function isoOf(w: When): string {
  return `${w.date}T${w.time}:00+08:00`
}

/** The same checks as the server's: lengths, and the four dates in order. */
export function validateCampaign(f: CampaignForm): Record<string, string> {
  const e: Record<string, string> = {}
  const title = f.title.trim()
  if (title.length < 4) e.title = '评选名称至少4个字'
  else if (title.length > 40) e.title = '评选名称不能超过40个字'
  const desc = f.description.trim()
  if (desc.length < 10) e.description = '评选说明至少10个字'
  else if (desc.length > 1000) e.description = '评选说明不能超过1000个字'
  const t = (k: DateField) => Date.parse(isoOf(f[k]))
  if (t('nominationStartsAt') >= t('nominationEndsAt')) e.nominationEndsAt = '推荐截止时间要晚于推荐开始时间'
  else if (t('nominationEndsAt') > t('votingStartsAt')) e.votingStartsAt = '投票要在推荐截止之后开始'
  else if (t('votingStartsAt') >= t('votingEndsAt')) e.votingEndsAt = '投票截止时间要晚于投票开始时间'
  if (f.votesPerDay < VOTES_MIN || f.votesPerDay > VOTES_MAX) e.votesPerDay = `每天可投${VOTES_MIN}到${VOTES_MAX}票`
  return e
}

export function toInput(f: CampaignForm): CreateCampaignInput {
  return {
    title: f.title.trim(),
    description: f.description.trim(),
    nominationStartsAt: isoOf(f.nominationStartsAt),
    nominationEndsAt: isoOf(f.nominationEndsAt),
    votingStartsAt: isoOf(f.votingStartsAt),
    votingEndsAt: isoOf(f.votingEndsAt),
    votesPerDay: f.votesPerDay,
    repeatSameFamily: f.repeatSameFamily,
    requireHousehold: f.requireHousehold,
    minorsMayVote: f.minorsMayVote,
  }
}

export const CAMPAIGN_DRAFT_KEY = 'families.campaign.new'

/** 疑似刷票 of one campaign: the flags, the votes ticked to void, and voiding them with a reason. */
export function useFlags(campaignId: Id | undefined) {
  const flags = useRemote<VoteFlag[]>(() => (campaignId ? listFlags(campaignId) : Promise.resolve([])), [campaignId])
  const [picked, setPicked] = useState<Id[]>([])
  const [asking, setAsking] = useState(false)

  const run = useAction(async (reason: string) => {
    const res = await voidVotes(picked, reason)
    setPicked([])
    setAsking(false)
    toastOk(`已作废${res.voided}票`)
    await flags.reload()
    return res
  })

  return {
    flags,
    picked,
    toggle: (voteId: Id, on: boolean) => setPicked((p) => (on ? (p.includes(voteId) ? p : [...p, voteId]) : p.filter((x) => x !== voteId))),
    asking,
    ask: () => {
      run.clearError()
      setAsking(true)
    },
    cancel: () => {
      run.clearError()
      setAsking(false)
    },
    voidPicked: run.run,
    voiding: run.busy,
    voidError: run.error,
  }
}

export type FlagsModel = ReturnType<typeof useFlags>

/** 评选管理: the campaign asked for (or the current one), its flags and export, and a form for a new campaign. */
export function useAdmin(wanted?: Id) {
  const campaigns = useRemote<CampaignSummary[]>(listCampaigns)
  const current = campaigns.data ? (campaigns.data.find((c) => c.id === wanted) ?? currentCampaign(campaigns.data)) : undefined
  const flags = useFlags(current?.id)

  const [initial] = useState(() => newCampaignForm())
  const draft = useDraft<CampaignForm>(CAMPAIGN_DRAFT_KEY, initial)
  const [formOpen, setFormOpen] = useState(false)
  const [errors, setErrors] = useState<Record<string, string>>({})

  const exporting = useAction(async (c: CampaignSummary) => {
    const { filename, csv } = await exportVotes(c.id)
    const how = await saveCsv(filename, csv)
    toastOk(how === 'copied' ? '已复制到剪贴板' : how === 'shared' ? '已发送' : '已开始下载')
    return how
  })

  const create = useAction(async () => {
    const errs = validateCampaign(draft.value)
    setErrors(errs)
    if (Object.keys(errs).length) return undefined
    const res = await createCampaign(toInput(draft.value))
    draft.clear(newCampaignForm())
    setFormOpen(false)
    toastOk('评选已发起')
    await campaigns.reload()
    return res
  })

  return {
    campaigns,
    current,
    flags,
    form: draft.value,
    setField: <K extends keyof CampaignForm>(k: K, v: CampaignForm[K]) => {
      draft.update(k, v)
      // the dates are checked together: changing one may settle another's error
      const gone = (DATE_FIELDS as readonly string[]).includes(k as string) ? [...DATE_FIELDS] : [k as string]
      if (gone.some((g) => errors[g])) setErrors((prev) => Object.fromEntries(Object.entries(prev).filter(([f]) => !gone.includes(f as DateField))))
    },
    formOpen,
    openForm: () => setFormOpen(true),
    closeForm: () => setFormOpen(false),
    errors: { ...create.fieldErrors, ...errors },
    create: create.run,
    creating: create.busy,
    createError: create.error,
    exportVotes: exporting.run,
    exporting: exporting.busy,
  }
}

export type AdminModel = ReturnType<typeof useAdmin>
