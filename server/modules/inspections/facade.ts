/** What other modules may use of 督查暗访: the inspector's 工作台 count. */
export { sitesToVisit } from './repo';
