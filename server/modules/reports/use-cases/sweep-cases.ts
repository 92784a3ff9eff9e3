import type { Kysely } from 'kysely';
import { AppError } from '../../../core/errors';
import type { DB } from '../../../db/schema';
import type { CaseEvent } from '../domain/case-events';
import { DISPUTE_WINDOW_MS } from '../domain/transition';
import { loadCase, recordSteps, tellPeople } from '../case-step';
import { casesDue } from '../repo';

export interface SweepResult {
  escalated: number;
  closed: number;
}

const BATCH = 200;

/**
 * The scheduler's pass over the cases (a timer-triggered cloud function; an
 * interval in the local server): escalates each overdue case once (督办) and
 * closes cases fixed more than 7 days ago that the reporter never answered.
 * Each case is its own transaction; running twice, or twice at once, changes
 * nothing more — the domain refuses a second escalation and the version check
 * refuses a racing one. `scope.countyId` limits a pass to one county.
 */
export async function sweepCases(db: Kysely<DB>, now: Date, scope: { countyId?: string } = {}): Promise<SweepResult> {
  const due = await casesDue(db, now, new Date(now.getTime() - DISPUTE_WINDOW_MS), BATCH, scope.countyId);
  const result: SweepResult = { escalated: 0, closed: 0 };
  const at = now.toISOString();
  const pass = async (cases: { id: string; countyId: string }[], event: CaseEvent, key: keyof SweepResult) => {
    for (const c of cases) {
      try {
        await db.transaction().execute(async (trx) => {
          const loaded = await loadCase(trx, c.countyId, c.id);
          const next = await recordSteps(trx, loaded, [{ event }]);
          await tellPeople({ db: trx, now }, loaded, next);
        });
        result[key] += 1;
      } catch (error) {
        // Someone acted on the case in between (or another sweep did): nothing to do.
        if (!(error instanceof AppError)) throw error;
      }
    }
  };
  await pass(due.overdue, { type: 'escalated', at, actor: { kind: 'system' }, note: '超过办理期限，系统自动督办' }, 'escalated');
  await pass(due.stale, { type: 'closed', at, actor: { kind: 'system' }, note: '整改满7天反映人未提出异议，自动办结' }, 'closed');
  return result;
}
