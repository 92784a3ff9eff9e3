import type { UseCaseContext } from '../../../core/action';
import { iso } from '../../../core/clock';
import type { MyReport } from '../contracts';
import { STATUS_LABELS } from '../domain/case-states';
import { reportsOfReporter } from '../repo';

/** The caller's own reports, newest first. */
export async function myReports({ db, actor }: UseCaseContext): Promise<MyReport[]> {
  const rows = await reportsOfReporter(db, actor.countyId, actor.userId);
  return rows.map((r) => ({
    id: r.id,
    category: r.category,
    address: r.address,
    status: r.status,
    statusLabel: STATUS_LABELS[r.status],
    anonymous: r.anonymous,
    submittedAt: iso(r.submittedAt),
  }));
}
