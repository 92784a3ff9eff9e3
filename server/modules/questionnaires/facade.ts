/** What other modules may use of 问卷: the monthly assessment's satisfaction per community. */
export { ratingsByCommunity } from './repo';
