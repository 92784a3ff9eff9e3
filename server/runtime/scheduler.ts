import { freezeEndedCampaigns } from '../modules/families/use-cases/freeze-ended';
import { pushPending, type PushOutcome } from '../modules/inbox/push-pending';
import { sweepCases } from '../modules/reports/use-cases/sweep-cases';
import type { Runtime } from './runtime';

/** Every job that runs on a clock rather than on a request. */
export async function runScheduledJobs(
  runtime: Runtime,
): Promise<{ reports: Awaited<ReturnType<typeof sweepCases>>; campaignsFrozen: number; pushed: PushOutcome | null }> {
  const now = runtime.clock.now();
  const reports = await sweepCases(runtime.db, now);
  const campaignsFrozen = await freezeEndedCampaigns(runtime.db, now);
  // After the sweep, so that its notices go out in the same pass.
  const pushed = runtime.messenger ? await pushPending(runtime.db, runtime.messenger, runtime.clock.now()) : null;
  return { reports, campaignsFrozen, pushed };
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
