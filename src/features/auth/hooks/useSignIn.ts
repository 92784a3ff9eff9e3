import Taro from '@tarojs/taro'
import { useRemote } from '../../../hooks/useRemote'
import { useAction } from '../../../hooks/useAction'
import { apiMode, type DemoPerson } from '../../../lib/cloud'
import { toastOk } from '../../../lib/feedback'
import { ROUTES } from '../../../lib/routes'
import { announceSessionChanged } from '../../../lib/session'
import { listPeople } from '../api/listPeople'
import { signIn } from '../api/signIn'

export function useSignIn() {
  const cloud = apiMode() === 'cloud'
  const people = useRemote<DemoPerson[]>(() => (cloud ? Promise.resolve([]) : listPeople()))
  const action = useAction(async (p: DemoPerson) => {
    const res = await signIn(p.key)
    toastOk(`欢迎，${res?.name ?? p.name}`)
    announceSessionChanged()
    await Taro.switchTab({ url: ROUTES.home })
    return res
  })
  return { cloud, people, signInAs: action.run, busy: action.busy }
}
