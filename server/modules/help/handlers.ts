import { adults, anyone, refusing, withRole } from '../../core/authorize';
import { defineAction, defineModule } from '../../core/action';
import { helpInputs } from './contracts';
import { acceptRequest } from './use-cases/accept-request';
import { answerCancel } from './use-cases/answer-cancel';
import { cancelRequest } from './use-cases/cancel-request';
import { confirmHelp } from './use-cases/confirm-help';
import { disputeRequest } from './use-cases/dispute-request';
import { giveUpRequest } from './use-cases/give-up-request';
import { myHelpHours } from './use-cases/help-hours';
import { listDisputes } from './use-cases/list-disputes';
import { myHelp } from './use-cases/my-help';
import { listOpenRequests } from './use-cases/open-requests';
import { postRequest } from './use-cases/post-request';
import { requestDetail } from './use-cases/request-detail';
import { resolveDispute } from './use-cases/resolve-dispute';

/** Registered volunteers (the county-wide role registration grants). */
const volunteers = refusing(withRole('volunteer'), '先注册成为志愿者，才能接互助单');
/** Community staff and the county's command centre; the use case then checks the community. */
const communityStaff = refusing(withRole('staff', 'admin'), '只有社区工作人员可以处理互助争议');

/** 积分换互助: help asked for with points held in escrow, given by volunteers, confirmed by both. */
export const helpModule = defineModule('help', {
  // A child spends no points without a guardian.
  post: defineAction({ authorize: refusing(adults, '发布互助需求要请家长来办'), input: helpInputs.post, run: postRequest, texts: { scene: 'social', fields: (i) => ({ details: i.details, place: i.place, forName: i.forName }) } }),
  open: defineAction({ authorize: volunteers, input: helpInputs.open, run: listOpenRequests, readOnly: true }),
  mine: defineAction({ authorize: anyone, input: helpInputs.mine, run: myHelp, readOnly: true }),
  request: defineAction({ authorize: anyone, input: helpInputs.request, run: requestDetail, readOnly: true }),
  accept: defineAction({ authorize: volunteers, input: helpInputs.accept, run: acceptRequest }),
  confirm: defineAction({ authorize: adults, input: helpInputs.confirm, run: confirmHelp }),
  cancel: defineAction({ authorize: adults, input: helpInputs.cancel, run: cancelRequest, texts: { scene: 'social', fields: (i) => ({ reason: i.reason }) } }),
  answerCancel: defineAction({ authorize: adults, input: helpInputs.answerCancel, run: answerCancel }),
  giveUp: defineAction({ authorize: adults, input: helpInputs.giveUp, run: giveUpRequest, texts: { scene: 'social', fields: (i) => ({ reason: i.reason }) } }),
  dispute: defineAction({ authorize: adults, input: helpInputs.dispute, run: disputeRequest, texts: { scene: 'social', fields: (i) => ({ reason: i.reason }) } }),
  disputes: defineAction({ authorize: communityStaff, input: helpInputs.disputes, run: listDisputes, readOnly: true }),
  resolve: defineAction({ authorize: communityStaff, input: helpInputs.resolve, run: resolveDispute, texts: { scene: 'social', fields: (i) => ({ reason: i.reason }) } }),
  hours: defineAction({ authorize: anyone, input: helpInputs.hours, run: myHelpHours, readOnly: true }),
});
