/**
 * How every workflow use case records a step: read the case, replay its
 * events, let the domain's `apply` accept or refuse the new events, then write
 * them together with a row update that is conditional on the version read.
 * A racing writer makes the update match nothing: CONFLICT, nothing written.
 */
import type { Kysely } from 'kysely';
import type { UseCaseContext } from '../../core/action';
import { iso } from '../../core/clock';
import { fail } from '../../core/errors';
import { newId } from '../../core/ids';
import type { DB } from '../../db/schema';
import { countEvent } from '../dashboard/facade';
import { postsInCounty } from '../identity/facade';
import { deliver, Notice } from '../inbox/facade';
import type { CaseEvent } from './domain/case-events';
import { STATUS_LABELS } from './domain/case-states';
import { apply, CaseState, HOUR_MS, replay } from './domain/transition';
import { eventsOf, EventRow, followersOf, insertEvent, insertPhotos, lockReport, updateCaseRow } from './repo';
import { caseRow, CaseRow, handlersOf } from './rows';

export interface LoadedCase {
  row: CaseRow;
  state: CaseState;
}

/** The event as the domain knows it: payload fields are kept in `data`. */
export function toCaseEvent(row: EventRow): CaseEvent {
  const data = (row.data ?? {}) as Record<string, unknown>;
  return {
    ...data,
    type: row.type,
    at: iso(row.at),
    actor: { kind: row.actorKind, userId: row.actorId ?? undefined, departmentId: row.departmentId ?? undefined },
  } as CaseEvent;
}

/**
 * The case and its events, consistent with each other. A step ('write')
 * first locks the report row, so no other step can commit between reading
 * the row and reading the events; the loser of a race then meets the domain's
 * refusal (or the version check) and gets CONFLICT. A look ('read') takes no
 * lock and re-reads if a step committed in between.
 */
export async function loadCase(db: Kysely<DB>, countyId: string, reportId: string, mode: 'write' | 'read' = 'write'): Promise<LoadedCase & { events: EventRow[] }> {
  if (mode === 'write') await lockReport(db, countyId, reportId);
  for (let attempt = 1; ; attempt++) {
    const row = await caseRow(db, countyId, reportId);
    if (!row) throw fail.notFound('没有找到这个问题');
    const events = await eventsOf(db, reportId);
    const state = replay(events.map(toCaseEvent));
    if (state.version === row.version && state.status === row.status) return { row, state, events };
    // Under the lock they can only disagree if the data is wrong: refuse rather than build on it.
    if (mode === 'write' || attempt === 3) throw new Error(`report ${reportId}: row and events disagree`);
  }
}

export interface Step {
  event: CaseEvent;
  /** Stored with the event beside its payload (e.g. whether a fix was on time). */
  extra?: Record<string, unknown>;
  photos?: { stage: 'after' | 'dispute'; refs: readonly string[] };
}

/** Applies the steps in order and writes them; returns the new state. */
export async function recordSteps(db: Kysely<DB>, loaded: LoadedCase, steps: Step[]): Promise<CaseState> {
  const { row } = loaded;
  let state = loaded.state;
  const written: { step: Step; seq: number }[] = [];
  for (const step of steps) {
    state = apply(state, step.event);
    written.push({ step, seq: state.version });
  }
  const won = await updateCaseRow(db, row.id, loaded.state.version, {
    status: state.status,
    version: state.version,
    departmentId: state.departmentId,
    deadline: state.deadline,
    escalated: state.escalated,
    duplicateOf: state.duplicateOf,
    rating: state.rating,
    fixedAt: state.fixedAt,
    updatedAt: state.updatedAt,
  });
  if (!won) throw fail.conflict('这个问题刚刚被别人处理过，请刷新后再看');
  for (const { step, seq } of written) {
    const { type, at, actor, ...payload } = step.event;
    await insertEvent(db, {
      id: newId(),
      countyId: row.countyId,
      reportId: row.id,
      seq,
      type,
      actorKind: actor.kind,
      actorId: actor.userId ?? null,
      departmentId: type === 'assigned' ? (payload as { departmentId: string }).departmentId : (actor.departmentId ?? null),
      data: { ...payload, ...step.extra },
      at: new Date(at),
    });
    // The dashboard's daily counters move with the event, in its transaction.
    const metric = type === 'fixed' ? 'reports_fixed' : type === 'escalated' ? 'reports_overdue' : null;
    if (metric) await countEvent(db, { countyId: row.countyId, metric, at: new Date(at), areaId: row.areaId });
    if (step.photos && step.photos.refs.length !== 0) {
      await insertPhotos(
        db,
        step.photos.refs.map((fileRef, sort) => ({ reportId: row.id, countyId: row.countyId, fileRef, stage: step.photos!.stage, eventSeq: seq, sort })),
      );
    }
  }
  return state;
}

/** Facts a fixed event keeps for the scoreboard: whether it beat the deadline, and how long it took. */
export function fixFacts(state: CaseState, at: Date): { onTime: boolean; hoursToFix: number } {
  const assignedAt = state.assignedAt ? Date.parse(state.assignedAt) : Date.parse(state.submittedAt);
  return {
    onTime: state.deadline !== null && at.getTime() <= Date.parse(state.deadline),
    hoursToFix: Math.round(((at.getTime() - assignedAt) / HOUR_MS) * 10) / 10,
  };
}

const REPORTER_NEWS: Partial<Record<CaseState['status'], string>> = {
  accepted: '您反映的问题已受理',
  rejected: '您反映的问题不予受理',
  duplicate: '您反映的问题与已有问题重复',
  assigned: '您反映的问题已派单',
  in_progress: '您反映的问题正在处理',
  fixed: '您反映的问题已整改，请确认',
  reopened: '您反映的问题已重新办理',
  closed: '您反映的问题已办结',
};

export const CASE_LINK = (reportId: string) => `/features/reports/pages/detail/index?id=${reportId}`;

/**
 * Tells the reporter and the followers what changed (not the one who did
 * it), and the department's handlers of a new assignment or a 督办.
 */
export async function tellPeople(
  ctx: Pick<UseCaseContext, 'db' | 'now'>,
  loaded: LoadedCase,
  next: CaseState,
  options: { doneBy?: string; body?: string; department?: string | null; handlerTitle?: string } = {},
): Promise<void> {
  const { row } = loaded;
  const notices: Notice[] = [];
  const link = CASE_LINK(row.id);
  const source = `report:${row.id}:${next.version}`;
  const title = next.status !== loaded.state.status ? REPORTER_NEWS[next.status] : undefined;
  if (title) {
    const people = new Set([row.reporterId, ...(await followersOf(ctx.db, row.id)).map((f) => f.userId)]);
    if (options.doneBy) people.delete(options.doneBy);
    const body = options.body ?? `${row.category}｜${row.address}：${STATUS_LABELS[next.status]}`;
    for (const userId of people) notices.push({ userId, kind: 'report', title, body, link, sourceKey: source });
  }
  const newlyAssigned = next.status === 'assigned' && next.departmentId !== null && loaded.state.status !== 'assigned';
  const escalated = next.escalated && !loaded.state.escalated;
  if ((newlyAssigned || escalated) && next.departmentId !== null) {
    const handlerTitle = escalated ? '督办：请尽快办理' : (options.handlerTitle ?? '新工单');
    const due = next.deadline ? `，期限 ${formatBeijing(next.deadline)}` : '';
    for (const userId of await handlersOf(ctx.db, row.countyId, next.departmentId)) {
      notices.push({ userId, kind: 'report', title: handlerTitle, body: `${row.category}｜${row.address}${due}`, link, sourceKey: `${source}:handler` });
    }
  }
  await deliver(ctx.db, row.countyId, notices, ctx.now);
}

/**
 * A new 随手拍 waits for someone to take it: the staff of the community where
 * the problem is, or — where no community covers the place — the command
 * centre. Not the reporter. (A building matter turned into a report is
 * announced by the matters module instead.)
 */
export async function tellNewCase(
  ctx: Pick<UseCaseContext, 'db' | 'now'>,
  report: { id: string; countyId: string; communityId: string | null; category: string; address: string },
  notTelling: readonly string[],
): Promise<void> {
  const posts = report.communityId
    ? await postsInCounty(ctx.db, report.countyId, ['staff'], [report.communityId])
    : await postsInCounty(ctx.db, report.countyId, ['admin'], [report.countyId]);
  const people = new Set(posts.map((p) => p.userId));
  for (const userId of notTelling) people.delete(userId);
  const title = report.communityId ? '新的随手拍待受理' : '新的随手拍：没有社区认领';
  const notices: Notice[] = [...people].map((userId) => ({ userId, kind: 'report', title, body: `${report.category}｜${report.address}`, link: CASE_LINK(report.id), sourceKey: `report:${report.id}:new` }));
  await deliver(ctx.db, report.countyId, notices, ctx.now);
}

/** "11月28日 14:00" in Beijing time, for notices. */
export function formatBeijing(instant: string): string {
  const d = new Date(Date.parse(instant) + 8 * HOUR_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}
