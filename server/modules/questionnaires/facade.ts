/** What other modules may use of 问卷: the monthly assessment's satisfaction per community. */
export { ratingsByCommunity } from './repo';
/** 首页's to-do: the open questionnaires for the caller that they have not answered. */
export { pendingQuestionnaires } from './use-cases/pending-questionnaires';
