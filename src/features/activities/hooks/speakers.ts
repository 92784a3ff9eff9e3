import type { Id, SpeakerCard } from '../api/types'

/** At most this many 讲述人 (the server's MAX_SPEAKERS). */
export const MAX_SPEAKERS = 10

/** What the picker needs of a good person, from 身边好人 or from the activity's current list. */
export interface SpeakerOption {
  goodPersonId: Id
  name: string
  categoryName: string
  titles: { year: number; title: string }[]
}

/** The gallery's card (id, nomineeName …) as a picker option. */
export function fromGallery(p: { id: Id; nomineeName: string; categoryName: string; titles: { year: number; title: string }[] }): SpeakerOption {
  return { goodPersonId: p.id, name: p.nomineeName, categoryName: p.categoryName, titles: p.titles }
}

export function fromSpeaker(s: SpeakerCard): SpeakerOption {
  return { goodPersonId: s.goodPersonId, name: s.name, categoryName: s.categoryName, titles: s.titles }
}

/** Those whose name holds what was typed (spaces ignored); everyone when nothing is typed. */
export function searchByName<T extends { name: string }>(options: T[], typed: string): T[] {
  const q = typed.replace(/\s/g, '')
  if (!q) return options
  return options.filter((o) => o.name.replace(/\s/g, '').includes(q))
}

/** Picks or un-picks one; a pick past the limit changes nothing. */
export function togglePick(picked: Id[], id: Id, max = MAX_SPEAKERS): Id[] {
  if (picked.includes(id)) return picked.filter((p) => p !== id)
  return picked.length >= max ? picked : [...picked, id]
}

/** Moves one a place up the list (the order the activity page shows). */
export function moveUp(picked: Id[], id: Id): Id[] {
  const i = picked.indexOf(id)
  if (i <= 0) return picked
  const next = [...picked]
  ;[next[i - 1], next[i]] = [next[i], next[i - 1]]
  return next
}

export function sameList(a: Id[], b: Id[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i])
}

/** 孝老爱亲 · 2026年度青禾好人 */
export function speakerLine(s: Pick<SpeakerOption, 'categoryName' | 'titles'>): string {
  const newest = [...s.titles].sort((a, b) => b.year - a.year)
  return [s.categoryName, ...newest.map((t) => t.title)].join(' · ')
}

/**
 * The server refuses the whole list when one person is no longer shown in
 * public (field goodPersonIds.N): say who, by the name the picker showed.
 */
export function refusalText(message: string, fieldErrors: Record<string, string>, picked: Id[], names: Map<Id, string>): string {
  const named = Object.entries(fieldErrors)
    .map(([field, text]) => {
      const m = /^goodPersonIds\.(\d+)$/.exec(field)
      const name = m ? names.get(picked[Number(m[1])]) : undefined
      return name ? `${name}：${text}` : undefined
    })
    .filter((t): t is string => !!t)
  return named.length ? named.join('\n') : message
}
