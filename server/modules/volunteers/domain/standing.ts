import type { TeamStanding } from '../contracts';
import { SPECIALTY_TEAMS, STANDING_TEAMS } from './teams';

type ApplicationStatus = 'pending' | 'approved' | 'rejected' | 'left';

/**
 * Where a person stands in a team, from all their applications to it: an open
 * one (pending or approved) decides; otherwise the latest, where having left
 * counts as never having joined.
 */
export function standingOf(applications: { status: ApplicationStatus; appliedAt: Date | string }[]): TeamStanding {
  const open = applications.find((a) => a.status === 'pending' || a.status === 'approved');
  if (open) return open.status as TeamStanding;
  const latest = [...applications].sort((a, b) => new Date(b.appliedAt).getTime() - new Date(a.appliedAt).getTime())[0];
  return latest?.status === 'rejected' ? 'rejected' : 'none';
}

const SEEDED_ORDER = new Map<string, number>([...STANDING_TEAMS, ...SPECIALTY_TEAMS].map((t, i) => [t.name, i]));

/** Standing teams first, then specialty teams; the county's own order within each (seeded teams as listed, others by name). */
export function compareTeams(a: { kind: string; name: string }, b: { kind: string; name: string }): number {
  if (a.kind !== b.kind) return a.kind === 'standing' ? -1 : 1;
  const ia = SEEDED_ORDER.get(a.name) ?? Number.MAX_SAFE_INTEGER;
  const ib = SEEDED_ORDER.get(b.name) ?? Number.MAX_SAFE_INTEGER;
  return ia !== ib ? ia - ib : a.name.localeCompare(b.name, 'zh-CN');
}
