import { freezeEndedCampaigns } from '../modules/families/use-cases/freeze-ended';
import { removeUnattachedUploads } from '../modules/files/use-cases/remove-unattached';
import { flushHeldAnswers } from '../modules/questionnaires/use-cases/flush-held-answers';
import { pushPending, type PushOutcome } from '../modules/inbox/push-pending';
import { expireUnaccepted } from '../modules/help/facade';
import { expireUnclaimed } from '../modules/mall/facade';
import { expirePoints } from '../modules/points/facade';
import { sweepCases } from '../modules/reports/use-cases/sweep-cases';
import { escalateOverdue } from '../modules/tasks/facade';
import type { Runtime } from './runtime';
import { forgetExpiredRevocations } from './session-revocations';
import { keysFromEnv } from './server-keys';

/** Every job that runs on a clock rather than on a request. */
export async function runScheduledJobs(
  runtime: Runtime,
): Promise<{ reports: Awaited<ReturnType<typeof sweepCases>>; campaignsFrozen: number; pushed: PushOutcome | null; revocationsForgotten: number; uploads: { removed: number; failed: number }; answersFlushed: number; redemptionsExpired: number; helpExpired: number; pointsExpired: number; tasksEscalated: number }> {
  const now = runtime.clock.now();
  const reports = await sweepCases(runtime.db, now);
  const campaignsFrozen = await freezeEndedCampaigns(runtime.db, now);
  // 任务: a person's task past its deadline is escalated once to its area's sub-command (before the push, which tells them).
  const tasksEscalated = await escalateOverdue(runtime.db, now);
  // 积分超市: redemptions unclaimed past their pickup days give the points and the item back (before the push, which tells the resident).
  const redemptionsExpired = await expireUnclaimed(runtime.db, now);
  // 积分换互助: a request nobody accepted by its time is cancelled and its points come back (before the points expiry, which then sees them).
  const helpExpired = await expireUnaccepted(runtime.db, now);
  // 积分有效期: points past the county's years go back to the pool, oldest first; a month's warning before.
  const pointsExpired = (await expirePoints(runtime.db, now)).expired;
  // After the sweep, so that its notices go out in the same pass.
  const pushed = runtime.messenger ? await pushPending(runtime.db, runtime.messenger, runtime.clock.now()) : null;
  const revocationsForgotten = await forgetExpiredRevocations(runtime.db, now);
  // Photos uploaded but never attached to anything (a form given up) are removed after a grace period.
  const uploads = await removeUnattachedUploads(runtime.db, runtime.files, now, { log: runtime.log });
  // Anonymous answers held sealed go out in shuffled batches (questionnaires/use-cases/flush-held-answers.ts).
  const answers = await flushHeldAnswers(runtime.db, now, runtime.keys ?? keysFromEnv());
  if (answers.unopened) runtime.log?.(`questionnaires: ${answers.unopened} held answers no key opens (QUESTIONNAIRE_SEAL_KEY changed?)`);
  return { reports, campaignsFrozen, pushed, revocationsForgotten, uploads, answersFlushed: answers.flushed, redemptionsExpired, helpExpired, pointsExpired, tasksEscalated };
}

/** The local server's stand-in for the cloud timer trigger: one pass at a time, never overlapping. */
export function startScheduler(runtime: Runtime, everyMs: number): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    runScheduledJobs(runtime)
      .catch((error) => runtime.log?.('scheduler: pass failed', error))
      .finally(() => (running = false));
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
