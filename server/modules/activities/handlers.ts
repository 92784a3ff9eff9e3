import { defineAction, defineModule } from '../../core/action';
import { activitiesInputs } from './contracts';
import { activityDetail } from './use-cases/activity-detail';
import { activityRoster } from './use-cases/activity-roster';
import { callOff } from './use-cases/call-off';
import { cancelSignup } from './use-cases/cancel-signup';
import { certifyHours } from './use-cases/certify-hours';
import { checkInOut } from './use-cases/check-in-out';
import { checkinCode } from './use-cases/checkin-code';
import { createActivity } from './use-cases/create-activity';
import { listActivities } from './use-cases/list-activities';
import { listOrganisers } from './use-cases/list-organisers';
import { setSpeakers } from './use-cases/set-speakers';
import { signUp } from './use-cases/sign-up';

export const activitiesModule = defineModule('activities', {
  create: defineAction({ input: activitiesInputs.create, run: createActivity }),
  list: defineAction({ input: activitiesInputs.list, run: listActivities, readOnly: true }),
  detail: defineAction({ input: activitiesInputs.detail, run: activityDetail, readOnly: true }),
  signUp: defineAction({ input: activitiesInputs.signUp, run: signUp }),
  cancel: defineAction({ input: activitiesInputs.cancel, run: cancelSignup }),
  callOff: defineAction({ input: activitiesInputs.callOff, run: callOff }),
  roster: defineAction({ input: activitiesInputs.roster, run: activityRoster, readOnly: true }),
  code: defineAction({ input: activitiesInputs.code, run: checkinCode }),
  check: defineAction({ input: activitiesInputs.check, run: checkInOut }),
  certify: defineAction({ input: activitiesInputs.certify, run: certifyHours }),
  organisers: defineAction({ input: activitiesInputs.organisers, run: listOrganisers, readOnly: true }),
  setSpeakers: defineAction({ input: activitiesInputs.setSpeakers, run: setSpeakers }),
});
