import type { UseCaseContext } from '../../core/action';
import { award } from '../points/facade';
import type { Step } from './case-step';

/** Points for a report that staff accept: the county thanks the eyes on its streets. */
export const POINTS_FOR_ACCEPTED_REPORT = 5;

/** Pays the reporter once when the steps accept the case (the ledger's source key makes a second payment impossible). */
export async function rewardIfAccepted(ctx: UseCaseContext, report: { id: string; reporterId: string }, steps: Step[]): Promise<void> {
  if (!steps.some((s) => s.event.type === 'accepted')) return;
  await award(ctx.db, {
    countyId: ctx.actor.countyId,
    userId: report.reporterId,
    amount: POINTS_FOR_ACCEPTED_REPORT,
    sourceKey: `report:${report.id}:accepted`,
    kind: 'report_accepted',
    memo: '随手拍反映的问题已受理',
    at: ctx.now,
  });
}
