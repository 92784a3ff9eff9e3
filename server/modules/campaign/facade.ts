/** What other modules may ask of the campaign: the county itself (its row is the campaign's). */
export { countyExists, countyOf, insertCounty, listCounties } from './repo';
