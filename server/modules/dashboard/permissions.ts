import { countyAdmin, refusing } from '../../core/authorize';

/** The dashboard is the command centre's: its own county's, and nobody else's. */
export const commandCentre = refusing(countyAdmin, '全县每日情况只有创文办可以看');
