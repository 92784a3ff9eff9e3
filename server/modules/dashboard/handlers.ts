import { defineAction, defineModule } from '../../core/action';
import { dashboardInputs } from './contracts';
import { commandCentre } from './permissions';
import { readOverview } from './use-cases/read-overview';

/** 全县每日情况: the command centre's dashboard over the daily counters. */
export const dashboardModule = defineModule('dashboard', {
  overview: defineAction({ authorize: commandCentre, input: dashboardInputs.overview, run: readOverview, readOnly: true }),
});
