/** The words and dates of the 文明家庭 pages, in one place (pure: the tests read them too). */
import { beijing } from '../../../lib/time'
import type { CampaignDetail, CampaignSummary, Phase } from '../api/types'

/** 11月27日 08:00 (with the year when it is not this year), in Beijing time. */
export function formatAt(iso: string, now: number = Date.now()): string {
  const t = beijing(iso)
  if (!t.isValid()) return ''
  const day = t.year() === beijing(now).year() ? `${t.month() + 1}月${t.date()}日` : `${t.year()}年${t.month() + 1}月${t.date()}日`
  return `${day} ${t.format('HH:mm')}`
}

/** 11月27日 (with the year when it is not this year). */
export function formatDay(iso: string, now: number = Date.now()): string {
  const t = beijing(iso)
  if (!t.isValid()) return ''
  return t.year() === beijing(now).year() ? `${t.month() + 1}月${t.date()}日` : `${t.year()}年${t.month() + 1}月${t.date()}日`
}

export interface PhaseStep {
  phase: Phase
  label: string
  when: string
}

/** The four steps of a campaign with their Beijing dates. */
export function phaseSteps(c: CampaignSummary): PhaseStep[] {
  return [
    { phase: 'nomination', label: '推荐家庭', when: `${formatAt(c.nominationStartsAt)} 至 ${formatAt(c.nominationEndsAt)}` },
    { phase: 'review', label: '社区审核', when: `${formatAt(c.nominationEndsAt)} 至 ${formatAt(c.votingStartsAt)}` },
    { phase: 'voting', label: '居民投票', when: `${formatAt(c.votingStartsAt)} 至 ${formatAt(c.votingEndsAt)}` },
    { phase: 'results', label: '公布结果', when: `${formatAt(c.votingEndsAt)} 起` },
  ]
}

const ORDER: Phase[] = ['upcoming', 'nomination', 'review', 'voting', 'results']

/** Where a step stands against the campaign's phase: done, now, or to come. */
export function stepState(step: Phase, now: string): 'past' | 'now' | 'next' {
  const a = ORDER.indexOf(step)
  const b = ORDER.indexOf(now as Phase)
  if (a === b) return 'now'
  return a < b ? 'past' : 'next'
}

/** Phase badges: waiting grey, running blue, the results green. */
export function phaseTone(phase: string): string {
  if (phase === 'results') return 'ct-tag--green'
  if (phase === 'nomination' || phase === 'review' || phase === 'voting') return 'ct-tag--blue'
  return ''
}

/** The rules in plain words: 每人每天可投1票，不能投给自己家 … */
export function rulesText(rules: CampaignDetail['rules']): string[] {
  const n = rules.votesPerDay
  let votes = `每人每天可投${n}票`
  if (n > 1) votes += rules.repeatSameFamily ? '，可以都投给同一个家庭' : '，每个家庭每天最多投1票'
  votes += '，不能投给自己家'
  const out = [votes]
  if (rules.requireHousehold) out.push('绑定住户后才能投票')
  out.push(rules.minorsMayVote ? '小朋友也可以投票' : '由成年居民投票，小朋友可以请家长来投')
  out.push('孩子推荐的家庭，家长同意后才会公开；孩子的名字默认不公开')
  return out
}

/** 由孩子推荐 — and the child's name, only when the guardian chose to show it. */
export function nominatedText(nominatedAs: string, childName: string | null): string {
  return childName ? `${nominatedAs}（${childName}）` : nominatedAs
}

/** Nomination status colours: waiting grey, under review blue, published green, needs work or refused red. */
const TONES: Record<string, string> = {
  awaiting_consent: '',
  submitted: 'ct-tag--blue',
  changes_requested: 'ct-tag--red',
  approved: 'ct-tag--green',
  rejected: 'ct-tag--red',
  withdrawn: '',
}

export function statusTone(status: string): string {
  return TONES[status] ?? ''
}

/** The first lines of a story, for a card. */
export function excerpt(story: string, max = 60): string {
  const chars = Array.from(story.replace(/\s+/g, ' ').trim())
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : chars.join('')
}

/** 十星级文明户: 8星级文明户, when the household has been rated. */
export function starsText(stars: number | null | undefined): string | null {
  return stars && stars > 0 ? `${stars}星级文明户` : null
}

/**
 * The campaign people mean by "the current one": the latest that is running
 * (nominating, reviewing or voting), else the latest (the list comes latest
 * first). A campaign the admin set up for next year does not hide this year's vote.
 */
export function currentCampaign<C extends { phase: string }>(list: C[]): C | undefined {
  return list.find((c) => c.phase === 'nomination' || c.phase === 'review' || c.phase === 'voting') ?? list[0]
}
