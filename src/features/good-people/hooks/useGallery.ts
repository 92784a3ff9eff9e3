import { useState } from 'react'
import { useAction } from '../../../hooks/useAction'
import { useRemote } from '../../../hooks/useRemote'
import { toastOk } from '../../../lib/feedback'
import { listCategories } from '../api/listCategories'
import { listGallery } from '../api/listGallery'
import { supportGoodPerson } from '../api/supportGoodPerson'
import type { Category, GoodPersonCard, Id } from '../api/types'

/**
 * 身边好人: the approved stories of one category (or all), and 点赞 on a
 * card — once: the card then says 已点赞 with the server's count.
 */
export function useGallery() {
  const categories = useRemote<Category[]>(listCategories)
  const [category, setCategory] = useState('')
  const people = useRemote<GoodPersonCard[]>(() => listGallery(category || undefined), [category])
  const [supporting, setSupporting] = useState<Id | undefined>(undefined)

  const support = useAction(async (id: Id) => {
    setSupporting(id)
    try {
      const res = await supportGoodPerson(id)
      people.setData((list) => (list ?? []).map((p) => (p.id === id ? { ...p, supports: res.supports, supported: true } : p)))
      toastOk('已点赞')
      return res
    } finally {
      setSupporting(undefined)
    }
  })

  return {
    categories,
    category,
    setCategory,
    people,
    support: (id: Id) => {
      const card = people.data?.find((p) => p.id === id)
      if (!card || card.supported) return Promise.resolve(undefined)
      return support.run(id)
    },
    supporting: support.busy ? supporting : undefined,
    reload: () => Promise.all([people.reload(), categories.status === 'error' ? categories.reload() : Promise.resolve()]),
  }
}
