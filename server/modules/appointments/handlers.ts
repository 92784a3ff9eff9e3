import { anyone, withRole } from '../../core/authorize';
import { defineAction, defineModule, defineNewcomerAction } from '../../core/action';
import { appointmentsInputs } from './contracts';
import { acceptInvitation } from './use-cases/accept-invitation';
import { cancelInvitation } from './use-cases/cancel-invitation';
import { holders } from './use-cases/holders';
import { invite } from './use-cases/invite';
import { invitationMiniProgramCode } from './use-cases/mini-program-code';
import { openInvitation } from './use-cases/open-invitation';
import { appointOptions } from './use-cases/options';
import { revoke } from './use-cases/revoke';

/** Posts by invitation: a county's admins and community staff appoint captains, staff, handlers, team leaders, inspectors and admins. */
export const appointmentsModule = defineModule('appointments', {
  options: defineAction({ authorize: anyone, input: appointmentsInputs.options, run: appointOptions, readOnly: true }),
  invite: defineAction({ authorize: withRole('staff', 'admin'), input: appointmentsInputs.invite, run: invite, texts: { scene: 'comment', fields: (input) => ({ note: input.note }) } }),
  open: defineNewcomerAction({ input: appointmentsInputs.open, run: openInvitation }),
  accept: defineNewcomerAction({ input: appointmentsInputs.accept, run: acceptInvitation }),
  holders: defineAction({ authorize: withRole('staff', 'admin'), input: appointmentsInputs.holders, run: holders, readOnly: true }),
  revoke: defineAction({ authorize: withRole('staff', 'admin'), input: appointmentsInputs.revoke, run: revoke, texts: { scene: 'comment', fields: (input) => ({ reason: input.reason }) } }),
  cancel: defineAction({ authorize: withRole('staff', 'admin'), input: appointmentsInputs.cancel, run: cancelInvitation }),
  miniProgramCode: defineAction({ authorize: withRole('staff', 'admin'), input: appointmentsInputs.miniProgramCode, run: invitationMiniProgramCode, readOnly: true }),
});
