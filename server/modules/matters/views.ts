import type { Kysely } from 'kysely';
import type { Actor } from '../../core/actor';
import { iso } from '../../core/clock';
import { fail } from '../../core/errors';
import { maskName } from '../../core/mask';
import type { DB } from '../../db/schema';
import { householdPlaces, type HouseholdPlace } from '../places/facade';
import type { MatterView } from './contracts';
import { KIND_LABELS, STATUS_LABELS, stepsFrom } from './domain/matter';
import { managerRole } from './permissions';
import { holdersOfScopes, userNames } from '../identity/facade';
import { MatterRow } from './repo';

/** The places of these matters' households, by household id. */
export async function placesOf(db: Kysely<DB>, countyId: string, rows: readonly { householdId: string }[]): Promise<Map<string, HouseholdPlace>> {
  const ids = Array.from(new Set(rows.map((r) => r.householdId)));
  return new Map((await householdPlaces(db, countyId, ids)).map((p) => [p.householdId, p]));
}

/** The place of one matter (its household, unit, building, community). */
export async function placeOf(db: Kysely<DB>, countyId: string, row: { householdId: string }): Promise<HouseholdPlace> {
  const place = (await placesOf(db, countyId, [row])).get(row.householdId);
  if (!place) throw fail.notFound('没有找到这件事');
  return place;
}

/** 幸福里社区1号楼: where a report made from the matter is, unless the captain writes another address. */
export function buildingAddress(place: HouseholdPlace): string {
  return `${place.communityName}${place.buildingName}`;
}

/**
 * Matters as the caller may see them. Those who look after the building see
 * the room and the resident's masked name (never the phone); the resident sees
 * their own matter and who answered.
 */
export async function toViews(db: Kysely<DB>, actor: Actor, rows: MatterRow[]): Promise<MatterView[]> {
  if (rows.length === 0) return [];
  const places = await placesOf(db, actor.countyId, rows);
  const people = new Set<string>();
  for (const r of rows) {
    people.add(r.raisedBy);
    if (r.answeredBy) people.add(r.answeredBy);
  }
  const [names, captains] = await Promise.all([
    userNames(db, Array.from(people)),
    holdersOfScopes(db, actor.countyId, 'captain', 'building', Array.from(new Set(rows.map((r) => r.buildingId)))).then((held) => new Set(held.map((h) => `${h.userId}:${h.scopeId}`))),
  ]);
  return rows.map((r) => {
    const place = places.get(r.householdId);
    const role = place ? managerRole(actor, place) : null;
    const answerer = r.answeredBy ? `${captains.has(`${r.answeredBy}:${r.buildingId}`) ? '楼长' : '社区工作人员'}${names.get(r.answeredBy) ?? ''}` : null;
    return {
      id: r.id,
      kind: r.kind,
      kindLabel: KIND_LABELS[r.kind],
      text: r.text,
      photos: r.photos,
      status: r.status,
      statusLabel: STATUS_LABELS[r.status],
      building: place ? `${place.communityName} ${place.buildingName}` : '',
      room: place ? `${place.unitName} ${place.room}` : '',
      resident: role ? maskName(names.get(r.raisedBy) ?? '') : null,
      isMine: r.raisedBy === actor.userId,
      answer: r.answer,
      answeredBy: answerer,
      answeredAt: r.answeredAt ? iso(r.answeredAt) : null,
      resolution: r.resolution,
      resolvedAt: r.resolvedAt ? iso(r.resolvedAt) : null,
      reportId: r.reportId,
      createdAt: iso(r.createdAt),
      actions: role ? stepsFrom(r.status) : [],
      defaultAddress: role && place ? buildingAddress(place) : null,
    };
  });
}

export async function toView(db: Kysely<DB>, actor: Actor, row: MatterRow): Promise<MatterView> {
  const [view] = await toViews(db, actor, [row]);
  return view;
}
