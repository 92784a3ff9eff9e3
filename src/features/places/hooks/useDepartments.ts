/** The county's responsible units (责任单位): the list, and adding one by name. */
import { useState } from 'react'
import { useAction } from '../../../hooks/useAction'
import { useRemote } from '../../../hooks/useRemote'
import { toastOk } from '../../../lib/feedback'
import { addDepartment, listDepartments } from '../api/departments'

export function useDepartments() {
  const list = useRemote(listDepartments)
  const [name, setName] = useState('')
  const [tried, setTried] = useState(false)
  const add = useAction((n: string) => addDepartment(n), { toastOnError: false })

  const trimmed = name.trim()
  const missing = trimmed.length < 2 ? '请填写单位名称（至少两个字）' : ''

  const submit = async () => {
    setTried(true)
    if (missing) return
    const r = await add.run(trimmed)
    if (!r) return
    setName('')
    setTried(false)
    toastOk(`已添加${r.name}`)
    void list.reload()
  }

  return { list, name, setName: (v: string) => (setName(v), add.clearError()), missing, submit, busy: add.busy, error: add.error?.message ?? (tried ? missing : '') }
}
