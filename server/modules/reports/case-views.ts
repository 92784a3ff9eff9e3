import { iso } from '../../core/clock';
import type { CaseSummary } from './contracts';
import { STATUS_LABELS, WORKING_STATUSES } from './domain/case-states';
import type { CaseListRow } from './rows';

const EXCERPT = 60;

export function excerpt(text: string, length = EXCERPT): string {
  const chars = Array.from(text);
  return chars.length > length ? chars.slice(0, length).join('') + '…' : text;
}

/** A line of a staff, handler or command-centre list. The row holds no reporter: there is nothing to leak. */
export function toSummary(row: CaseListRow, now: Date): CaseSummary {
  const deadline = row.deadline ? iso(row.deadline) : null;
  return {
    id: row.id,
    category: row.category,
    address: row.address,
    description: excerpt(row.description),
    community: row.community,
    status: row.status,
    statusLabel: STATUS_LABELS[row.status],
    submittedAt: iso(row.submittedAt),
    department: row.department,
    deadline,
    overdue: deadline !== null && WORKING_STATUSES.includes(row.status) && Date.parse(deadline) < now.getTime(),
    escalated: row.escalated,
    followers: row.followers,
    photo: row.photo,
    ...(row.foundBy === 'inspection' ? { foundByInspection: true as const } : {}),
  };
}
