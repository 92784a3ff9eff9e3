import { adults, anyone, refusing, withRole } from '../../core/authorize';
import { defineAction, defineModule } from '../../core/action';
import { volunteersInputs } from './contracts';
import { applyToTeam } from './use-cases/apply-to-team';
import { decideApplication } from './use-cases/decide-application';
import { hoursCertificate } from './use-cases/hours-certificate';
import { hoursLeaderboard } from './use-cases/hours-leaderboard';
import { leaveTeam } from './use-cases/leave-team';
import { listTeams } from './use-cases/list-teams';
import { myHours } from './use-cases/my-hours';
import { myVolunteering } from './use-cases/my-volunteering';
import { registerVolunteer } from './use-cases/register-volunteer';
import { teamDetail } from './use-cases/team-detail';
import { teamMembers } from './use-cases/team-members';

export const volunteersModule = defineModule('volunteers', {
  teams: defineAction({ authorize: anyone, input: volunteersInputs.teams, run: listTeams, readOnly: true }),
  team: defineAction({ authorize: anyone, input: volunteersInputs.team, run: teamDetail, readOnly: true }),
  register: defineAction({ authorize: refusing(adults, '未成年人请在监护人陪同下参加社区活动'), input: volunteersInputs.register, run: registerVolunteer, texts: { scene: 'profile', fields: (input) => ({ realName: input.realName, ...Object.fromEntries(input.skills.map((s, i) => [`skills.${i}`, s])) }) } }),
  me: defineAction({ authorize: anyone, input: volunteersInputs.me, run: myVolunteering, readOnly: true }),
  apply: defineAction({ authorize: anyone, input: volunteersInputs.apply, run: applyToTeam }),
  leave: defineAction({ authorize: anyone, input: volunteersInputs.leave, run: leaveTeam }),
  members: defineAction({ authorize: withRole('team_lead', 'admin'), input: volunteersInputs.members, run: teamMembers, readOnly: true }),
  decide: defineAction({ authorize: withRole('team_lead', 'admin'), input: volunteersInputs.decide, run: decideApplication, texts: { scene: 'comment', fields: (input) => ({ reason: input.reason }) } }),
  hours: defineAction({ authorize: anyone, input: volunteersInputs.hours, run: myHours, readOnly: true }),
  certificate: defineAction({ authorize: anyone, input: volunteersInputs.certificate, run: hoursCertificate, readOnly: true }),
  leaderboard: defineAction({ authorize: anyone, input: volunteersInputs.leaderboard, run: hoursLeaderboard, readOnly: true }),
});
