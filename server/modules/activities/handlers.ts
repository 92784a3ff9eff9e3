import { anyone, refusing, withRole } from '../../core/authorize';
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
  create: defineAction({ authorize: refusing(withRole('team_lead', 'staff', 'admin'), '只有志愿队队长和社区工作人员可以发布活动'), input: activitiesInputs.create, run: createActivity, texts: { scene: 'social', fields: (input) => ({ title: input.title, description: input.description, placeName: input.placeName }) } }),
  list: defineAction({ authorize: anyone, input: activitiesInputs.list, run: listActivities, readOnly: true }),
  detail: defineAction({ authorize: anyone, input: activitiesInputs.detail, run: activityDetail, readOnly: true }),
  signUp: defineAction({ authorize: anyone, input: activitiesInputs.signUp, run: signUp }),
  cancel: defineAction({ authorize: anyone, input: activitiesInputs.cancel, run: cancelSignup }),
  callOff: defineAction({ authorize: refusing(withRole('team_lead', 'staff', 'admin'), '只有活动组织者可以取消活动'), input: activitiesInputs.callOff, run: callOff }),
  roster: defineAction({ authorize: refusing(withRole('team_lead', 'staff', 'admin'), '只有活动组织者可以查看报名名单'), input: activitiesInputs.roster, run: activityRoster, readOnly: true }),
  code: defineAction({ authorize: refusing(withRole('team_lead', 'staff', 'admin'), '只有活动组织者可以出示签到码'), input: activitiesInputs.code, run: checkinCode }),
  check: defineAction({ authorize: anyone, input: activitiesInputs.check, run: checkInOut }),
  certify: defineAction({ authorize: refusing(withRole('team_lead', 'staff', 'admin'), '只有活动组织者可以确认服务时长'), input: activitiesInputs.certify, run: certifyHours }),
  organisers: defineAction({ authorize: anyone, input: activitiesInputs.organisers, run: listOrganisers, readOnly: true }),
  setSpeakers: defineAction({ authorize: refusing(withRole('team_lead', 'staff', 'admin'), '只有活动组织者可以设置讲述人'), input: activitiesInputs.setSpeakers, run: setSpeakers }),
});
