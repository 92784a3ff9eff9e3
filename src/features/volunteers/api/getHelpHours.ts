import { call } from '../../../lib/cloud'
import type { HelpHoursView } from '../../../../server/modules/help/contracts'

/** help.hours — my 互助时长: the help I gave with 积分换互助 and was paid for. */
export function getHelpHours(): Promise<HelpHoursView> {
  return call<HelpHoursView>('help', 'hours', {})
}
