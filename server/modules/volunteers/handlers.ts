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
  teams: defineAction({ input: volunteersInputs.teams, run: listTeams, readOnly: true }),
  team: defineAction({ input: volunteersInputs.team, run: teamDetail, readOnly: true }),
  register: defineAction({ input: volunteersInputs.register, run: registerVolunteer }),
  me: defineAction({ input: volunteersInputs.me, run: myVolunteering, readOnly: true }),
  apply: defineAction({ input: volunteersInputs.apply, run: applyToTeam }),
  leave: defineAction({ input: volunteersInputs.leave, run: leaveTeam }),
  members: defineAction({ input: volunteersInputs.members, run: teamMembers, readOnly: true }),
  decide: defineAction({ input: volunteersInputs.decide, run: decideApplication }),
  hours: defineAction({ input: volunteersInputs.hours, run: myHours, readOnly: true }),
  certificate: defineAction({ input: volunteersInputs.certificate, run: hoursCertificate, readOnly: true }),
  leaderboard: defineAction({ input: volunteersInputs.leaderboard, run: hoursLeaderboard, readOnly: true }),
});
