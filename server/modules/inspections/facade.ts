/** What other modules may use of 督查暗访: the inspector's 工作台 count; the monthly assessment's inspection figures per community. */
export { sitesToVisit, communityScoreTotals } from './repo';
