import { call } from '../../../lib/cloud'

/** appointments.miniProgramCode — the invitation as a 小程序码 WeChat's camera opens (a PNG data URL), for its inviter or an admin; in WeChat only. */
export function getMiniProgramCode(invitationId: string): Promise<{ image: string; scene: string }> {
  return call<{ image: string; scene: string }>('appointments', 'miniProgramCode', { invitationId })
}
