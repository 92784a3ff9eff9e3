import { anyone, countyAdmin, refusing } from '../../core/authorize';

/** The command centre sets weights, reviews a month and publishes it: the draft is its alone. */
export const commandCentreOnly = refusing(countyAdmin, '只有创文办可以查看和发布考核');

/** Everyone of the county reads a published month (every query is scoped to the caller's county). */
export const countyPeople = anyone;
