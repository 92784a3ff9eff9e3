import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { householdPlaces, householdsOfUnits, unitsOfBuildings, type HouseholdPlace } from '../places/facade';
import type { RoomOption } from './contracts';
import { appointRefusal, type AppointableRole } from './domain/appointment-rules';
import type { Actor } from '../../core/actor';
import { fail } from '../../core/errors';

/** A room as people name it inside its building: "1单元 301" (a village group's households: the name alone). */
export const roomLabel = (p: { unitName: string; room: string }) => [p.unitName, p.room].filter((part) => part.trim() !== '').join(' ');

/** The rooms some invitations name, labelled within their building, in one query. */
export async function homeLabels(db: Kysely<DB>, countyId: string, householdIds: (string | null)[]): Promise<Map<string, string>> {
  const ids = [...new Set(householdIds.filter((id): id is string => Boolean(id)))];
  return new Map((await householdPlaces(db, countyId, ids)).map((p) => [p.householdId, roomLabel(p)]));
}

/** Every room of a building, by unit and room: what a captain picks their own home from. */
export async function roomsOfBuilding(db: Kysely<DB>, buildingId: string): Promise<RoomOption[]> {
  const units = await unitsOfBuildings(db, [buildingId], { byName: true });
  const unitName = new Map(units.map((u) => [u.id, u.name]));
  const rooms = await householdsOfUnits(db, units.map((u) => u.id));
  const order = new Map(units.map((u, i) => [u.id, i]));
  return rooms
    .sort((a, b) => (order.get(a.unitId)! - order.get(b.unitId)!) || a.room.localeCompare(b.room, 'zh-CN', { numeric: true }))
    .map((r) => {
      const unit = unitName.get(r.unitId) ?? '';
      return { id: r.id, label: roomLabel({ unitName: unit, room: r.room }), unit, room: r.room };
    });
}

const NOT_IN_BUILDING = (buildingName: string) => `这一户不在${buildingName}：楼长只能绑定自己这栋楼里的一户，请重新选择房号`;

/**
 * The captain's own room, checked against the invitation's building: a room of
 * the county, in the building; for the inviter (`inviter` given), also one
 * their scope covers. Throws the refusal people read.
 */
export async function captainHome(db: Kysely<DB>, p: { countyId: string; role: AppointableRole; buildingId: string; buildingName: string; householdId: string; inviter?: Actor }): Promise<HouseholdPlace> {
  if (p.role !== 'captain') throw fail.validation('只有楼长的邀请可以同时绑定住户', [{ field: 'householdId', message: '只有楼长的邀请可以同时绑定住户' }]);
  const [place] = await householdPlaces(db, p.countyId, [p.householdId]);
  if (!place) throw fail.validation('没有找到这一户，请重新选择房号', [{ field: 'householdId', message: '没有找到这一户，请重新选择房号' }]);
  if (p.inviter && appointRefusal(p.inviter, { role: 'captain', scopeId: place.buildingId, communityId: place.communityId })) {
    throw fail.forbidden('这一户不在您负责的范围内，不能替对方绑定');
  }
  if (place.buildingId !== p.buildingId) throw fail.validation(NOT_IN_BUILDING(p.buildingName), [{ field: 'householdId', message: NOT_IN_BUILDING(p.buildingName) }]);
  return place;
}
