/** The dashboard module's answers, as the server's contract defines them (types only: nothing of the server is bundled). */
export type { DashboardOverview, Metric, TaskProgressSlot } from '../../../../server/modules/dashboard/contracts'
