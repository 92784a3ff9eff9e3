/** The words and times of the appointment pages, in one place (pure: the tests read them too). */
import { beijing } from '../../lib/time'

/** 12月12日 18:00, in Beijing time. */
export function formatDateTime(isoText: string): string {
  const t = beijing(isoText)
  return t.isValid() ? `${t.month() + 1}月${t.date()}日 ${t.format('HH:mm')}` : ''
}

/** 123 456: six digits read out in two halves. */
export function spacedCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)} ${code.slice(3)}` : code
}

/** What each post does, for the person choosing whom to invite. */
export const ROLE_DUTIES: Record<string, string> = {
  admin: '管理全县：职务任命、公约、随手拍分拨、评选和指挥中心',
  inspector: '到点位暗访督查，发现问题转成案件',
  staff: '管理一个社区（村）：审核住户、受理随手拍、发通知和问卷',
  captain: '负责一栋楼：审核住户绑定、发楼栋通知、处理楼里的事',
  handler: '代表一个责任单位：接收派给本单位的随手拍并按期整改',
  team_lead: '带一支志愿队：审核队员、发布活动、确认服务时长',
  station: '管一个实践站的积分超市：上架礼品、核销取货',
  area_lead: '片区分指挥部：督促本片区逾期的任务',
}

/** The reasons most often given for taking a post back. */
export const REVOKE_REASONS = ['岗位调整', '本人申请卸任', '已搬离本楼', '长期联系不上']

/** The floor a room number names: 301 → 3, 1502 → 15; null when it is not a plain number of three or four digits. */
export function floorOf(room: string): number | null {
  const m = /^([1-9]\d?)\d{2}$/.exec(room.trim())
  return m ? Number(m[1]) : null
}

/** A unit's rooms no longer than this are listed at once; a longer list asks the floor first. */
export const ROOMS_WITHOUT_FLOORS = 12

export interface UnitRooms<R> {
  /** the unit's name ('' for a village group's one unnamed unit) */
  unit: string
  rooms: R[]
  /** by floor, lowest first, when the list is long and every room number names its floor; null: pick the room at once */
  floors: { floor: number; rooms: R[] }[] | null
}

/**
 * A building's rooms as a person finds their own: by unit (in the order
 * given), then — for a long list whose room numbers name their floors — by
 * floor, so that no step shows more than a floor's or a short unit's rooms.
 */
export function roomsByUnit<R extends { unit: string; room: string }>(rooms: R[]): UnitRooms<R>[] {
  const units: UnitRooms<R>[] = []
  for (const r of rooms) {
    let u = units.find((x) => x.unit === r.unit)
    if (!u) units.push((u = { unit: r.unit, rooms: [], floors: null }))
    u.rooms.push(r)
  }
  for (const u of units) {
    const floors = u.rooms.map((r) => floorOf(r.room))
    if (u.rooms.length <= ROOMS_WITHOUT_FLOORS || floors.some((f) => f === null)) continue
    const byFloor = new Map<number, R[]>()
    u.rooms.forEach((r, i) => byFloor.set(floors[i]!, [...(byFloor.get(floors[i]!) ?? []), r]))
    if (byFloor.size > 1) u.floors = [...byFloor.entries()].sort((a, b) => a[0] - b[0]).map(([floor, rs]) => ({ floor, rooms: rs }))
  }
  return units
}
