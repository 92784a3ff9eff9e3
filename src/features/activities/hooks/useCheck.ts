import Taro from '@tarojs/taro'
import { useState } from 'react'
import { useAction } from '../../../hooks/useAction'
import { phonePosition } from '../../../hooks/usePlace'
import { ensureConsent } from '../../../lib/sensitive-consent'
import { CloudError } from '../../../lib/cloud'
import { toastOk } from '../../../lib/feedback'
import { checkInOut } from '../api/checkInOut'
import type { ActivityView, CheckResult } from '../api/types'
import { CODE_DIGITS, normaliseDigits } from './rules'

export const NEED_LOCATION = '这场活动要在现场签到，需要您的位置。请允许获取位置，在活动地点附近再试一次。'
export const NEED_CONSENT = '这场活动要在现场签到，需要用到您的位置。同意使用位置后，才能签到。'
const isWeapp = process.env.TARO_ENV === 'weapp'

/**
 * 签到 / 签退 with the organiser's code: in WeChat by scanning the QR code, in
 * both by typing its 6 digits. When the activity asks for it, the phone's
 * position goes along. The server's words (wrong code, expired, too far, too
 * early) stay on screen next to the box, not in a toast that vanishes.
 */
export function useCheck(a: Pick<ActivityView, 'id' | 'requireNearby'>, onChecked: (r: CheckResult) => Promise<unknown> | void) {
  const [digits, setDigitsState] = useState('')
  const [local, setLocal] = useState('')

  const send = useAction(
    async (direction: 'in' | 'out', code: string) => {
      let position: { lat: number; lng: number } | undefined
      if (a.requireNearby) {
        // The phone's position only with the person's separate consent to it (asked once).
        if (!(await ensureConsent('precise_location'))) throw new CloudError('VALIDATION', NEED_CONSENT)
        try {
          const p = await phonePosition()
          position = { lat: p.latitude, lng: p.longitude }
        } catch {
          throw new CloudError('VALIDATION', NEED_LOCATION)
        }
      }
      const r = await checkInOut({ activityId: a.id, direction, code, ...(position ?? {}) })
      setDigitsState('')
      toastOk(direction === 'in' ? '签到成功' : '签退成功')
      await onChecked(r)
      return r
    },
    { toastOnError: false },
  )

  const submit = (direction: 'in' | 'out') => {
    if (digits.length !== CODE_DIGITS) {
      setLocal(`请输入组织者手机上的${CODE_DIGITS}位数字，现在是${digits.length}位`)
      return Promise.resolve(undefined)
    }
    setLocal('')
    return send.run(direction, digits)
  }

  const scan = async (direction: 'in' | 'out') => {
    setLocal('')
    send.clearError()
    let code = ''
    try {
      const r = await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })
      code = (r.result ?? '').trim()
    } catch {
      return undefined // closed the camera: nothing to say
    }
    if (!code) {
      setLocal('没有读到签到码，请对准组织者手机上的二维码再扫一次，或输入6位数字')
      return undefined
    }
    return send.run(direction, code)
  }

  return {
    digits,
    setDigits: (typed: string) => {
      setDigitsState(normaliseDigits(typed))
      setLocal('')
      send.clearError()
    },
    canScan: isWeapp,
    scan,
    submit,
    busy: send.busy,
    error: local || send.error?.message,
  }
}

export type CheckModel = ReturnType<typeof useCheck>
