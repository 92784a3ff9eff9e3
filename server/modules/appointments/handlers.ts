import { defineAction, defineModule, defineNewcomerAction } from '../../core/action';
import { appointmentsInputs } from './contracts';
import { acceptInvitation } from './use-cases/accept-invitation';
import { cancelInvitation } from './use-cases/cancel-invitation';
import { holders } from './use-cases/holders';
import { invite } from './use-cases/invite';
import { openInvitation } from './use-cases/open-invitation';
import { appointOptions } from './use-cases/options';
import { revoke } from './use-cases/revoke';

/** Posts by invitation: a county's admins and community staff appoint captains, staff, handlers, team leaders, inspectors and admins. */
export const appointmentsModule = defineModule('appointments', {
  options: defineAction({ input: appointmentsInputs.options, run: appointOptions, readOnly: true }),
  invite: defineAction({ input: appointmentsInputs.invite, run: invite }),
  open: defineNewcomerAction({ input: appointmentsInputs.open, run: openInvitation }),
  accept: defineNewcomerAction({ input: appointmentsInputs.accept, run: acceptInvitation }),
  holders: defineAction({ input: appointmentsInputs.holders, run: holders, readOnly: true }),
  revoke: defineAction({ input: appointmentsInputs.revoke, run: revoke }),
  cancel: defineAction({ input: appointmentsInputs.cancel, run: cancelInvitation }),
});
