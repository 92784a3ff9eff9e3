import { useEffect, useMemo, useState } from 'react'
import { useAction } from '../../../hooks/useAction'
import { useRemote } from '../../../hooks/useRemote'
import { toastOk } from '../../../lib/feedback'
import { listGoodPeople, type GoodPersonCard } from '../api/listGoodPeople'
import { setSpeakers } from '../api/setSpeakers'
import type { Id, SpeakerCard } from '../api/types'
import { MAX_SPEAKERS, fromGallery, fromSpeaker, refusalText, sameList, searchByName, togglePick, moveUp, type SpeakerOption } from './speakers'

/**
 * 讲述人 for the organiser: the good people shown in 身边好人, found by
 * name, picked (at most ten) and put in order, then saved as one list. A
 * person withdrawn meanwhile is refused by name, and the gallery reloads.
 */
export function useSpeakerPicker(activityId: Id, current: SpeakerCard[], onSaved: () => Promise<unknown>) {
  const gallery = useRemote<GoodPersonCard[]>(() => listGoodPeople(), [])
  const currentIds = current.map((s) => s.goodPersonId)
  const [picked, setPicked] = useState<Id[]>(currentIds)
  const [query, setQuery] = useState('')
  // the saved list changed under us (saved here, or reloaded): start from it again
  const currentKey = currentIds.join(',')
  useEffect(() => setPicked(currentKey ? currentKey.split(',') : []), [currentKey])

  const options = useMemo(() => {
    const byId = new Map<Id, SpeakerOption>()
    for (const s of current) byId.set(s.goodPersonId, fromSpeaker(s))
    for (const p of gallery.data ?? []) byId.set(p.id, fromGallery(p))
    return byId
  }, [current, gallery.data])
  const names = useMemo(() => new Map([...options].map(([id, o]) => [id, o.name])), [options])

  const save = useAction(
    async () => {
      await setSpeakers(activityId, picked)
      toastOk(picked.length ? `已保存${picked.length}位讲述人` : '已清空讲述人')
      await onSaved()
    },
    { toastOnError: false },
  )

  const found = searchByName((gallery.data ?? []).map(fromGallery), query)

  return {
    gallery,
    query,
    setQuery,
    found,
    // one no longer shown in public stays listed (so it can be removed) without a name
    picked: picked.map((id): SpeakerOption => options.get(id) ?? { goodPersonId: id, name: '已不再公开展示的好人', categoryName: '请移除', titles: [] }),
    isPicked: (id: Id) => picked.includes(id),
    full: picked.length >= MAX_SPEAKERS,
    toggle: (id: Id) => {
      save.clearError()
      setPicked((p) => togglePick(p, id))
    },
    moveUp: (id: Id) => setPicked((p) => moveUp(p, id)),
    dirty: !sameList(picked, currentIds),
    saving: save.busy,
    error: save.error ? refusalText(save.error.message, save.fieldErrors, picked, names) : undefined,
    save: async () => {
      await save.run()
      // someone may have been withdrawn meanwhile: show the gallery as it is now
      void gallery.reload()
    },
  }
}

export type SpeakerPickerModel = ReturnType<typeof useSpeakerPicker>
