/** What other modules may use of 月度考核: the published months (e.g. a dashboard's link). */
export { publishedMonths } from './repo';
