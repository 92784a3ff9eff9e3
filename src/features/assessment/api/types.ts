/** The assessment module's answers, as the server's contract defines them (types only: nothing of the server is bundled). */
export type { AssessmentMonth, AssessmentPart, AssessmentRow, CombinedPart, PartWeight, RankingPage, WeightsView } from '../../../../server/modules/assessment/contracts'
