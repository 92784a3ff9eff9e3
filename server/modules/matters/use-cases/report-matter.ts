import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import { deliver, type Notice } from '../../inbox/facade';
import { fileReportForResident } from '../../reports/facade';
import type { MatterView } from '../contracts';
import { reportPrefix } from '../domain/matter';
import { REFUSALS } from '../permissions';
import { holdersOf } from '../../identity/facade';
import { advanceMatter, findMatter, linkReport } from '../repo';
import { actorTitle, excerpt, matterForStep } from '../step';
import { buildingAddress, toView } from '../views';

interface ReportInput {
  matterId: string;
  categoryId: string;
  latitude: number;
  longitude: number;
  address?: string;
}

const REPORT_LINK = (reportId: string) => `/features/reports/pages/detail/index?id=${reportId}`;

/**
 * A matter that needs a department becomes a 随手拍 case without the resident
 * typing anything again: the resident is its reporter (they follow it in their
 * 随手拍 list), the matter's text (marked 【楼长转办】) and photos are its
 * own, the place is where the captain stands in the building and the address
 * the building's unless they write another. The matter is claimed first (a
 * conditional update), so of two captains only one files a report; the report
 * is keyed by the matter, so even a retry cannot file two. The resident is
 * told, and so is the other side of the building's care — the community's
 * staff when a captain files it (they review it next), the captains when
 * staff do.
 */
export async function reportMatter(ctx: UseCaseContext, input: ReportInput): Promise<MatterView> {
  const { db, actor, now } = ctx;
  const { row, place, role } = await matterForStep(ctx, 'report', input.matterId);
  const won = await advanceMatter(db, 'report', row.id, row.version, { status: 'reported' });
  if (!won) throw fail.conflict(REFUSALS.raced);

  const report = await fileReportForResident(ctx, {
    residentId: row.raisedBy,
    idempotencyKey: `matter:${row.id}`,
    categoryId: input.categoryId,
    description: `${reportPrefix(role)}${row.text}`,
    photos: row.photos,
    latitude: input.latitude,
    longitude: input.longitude,
    address: input.address ?? buildingAddress(place),
    place: { communityId: place.communityId, areaId: place.areaId },
    filedBy: { role, note: `${actorTitle(role)}把居民反映的楼栋事务转为随手拍`, matterId: row.id },
  });
  await linkReport(db, row.id, report.reportId);
  await recordAudit(db, actor, { role, action: 'matter.report', subjectType: 'building_matter', subjectId: row.id, data: { reportId: report.reportId, categoryId: input.categoryId }, at: now });

  const others = role === 'captain' ? await holdersOf(db, actor.countyId, 'staff', 'community', place.communityId) : await holdersOf(db, actor.countyId, 'captain', 'building', place.buildingId);
  const notices: Notice[] = [
    {
      userId: row.raisedBy,
      kind: 'matter',
      title: `您反映的事${actorTitle(role)}已转为随手拍`,
      body: '社区会派给责任单位办理，进展在“我的随手拍”里可以看到。',
      link: REPORT_LINK(report.reportId),
      sourceKey: `matter:${row.id}:reported`,
    },
    ...others
      .filter((userId) => userId !== actor.userId && userId !== row.raisedBy)
      .map((userId) => ({
        userId,
        kind: 'matter',
        title: `${place.buildingName}的楼栋事务已转为随手拍`,
        body: excerpt(row.text),
        link: REPORT_LINK(report.reportId),
        sourceKey: `matter:${row.id}:reported`,
      })),
  ];
  await deliver(db, actor.countyId, notices, now);
  return toView(db, actor, (await findMatter(db, actor.countyId, row.id))!);
}
