import { iso } from '../../core/clock';
import type { ManagedNotice, NoticeView } from './contracts';
import type { NoticeRow } from './rows';

/** "全楼" when every unit is in the audience, else the unit names. */
export function audienceLabel(unitIds: string[], units: { id: string; name: string }[]): string {
  if (unitIds.length >= units.length) return '全楼';
  return units.filter((u) => unitIds.includes(u.id)).map((u) => u.name).join('、');
}

export function noticeView(n: NoticeRow, parts: { audienceLabel: string; read?: boolean; acknowledged?: boolean }): NoticeView {
  return {
    id: n.id,
    buildingId: n.buildingId,
    buildingName: n.buildingName,
    title: n.title,
    body: n.body,
    images: n.images,
    pinned: n.pinned,
    endsAt: iso(n.endsAt),
    createdAt: iso(n.createdAt),
    updatedAt: iso(n.updatedAt),
    status: n.status,
    edited: n.version > 1,
    audienceLabel: parts.audienceLabel,
    read: parts.read ?? false,
    acknowledged: parts.acknowledged ?? false,
  };
}

export function managedView(n: NoticeRow, audience: string): ManagedNotice {
  return { ...noticeView(n, { audienceLabel: audience }), audienceHouseholds: n.audienceHouseholds, readHouseholds: n.readHouseholds, acknowledgedHouseholds: n.acknowledgedHouseholds };
}
