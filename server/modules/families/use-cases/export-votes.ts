import type { UseCaseContext } from '../../../core/action';
import { isCountyAdmin } from '../../../core/actor';
import { csvCell } from '../../../core/csv';
import { fail } from '../../../core/errors';
import { findCampaign } from '../repo';
import { votesPerFamilyPerDay } from '../rows';

/** Every vote accounted for: valid and voided votes per family per Beijing day, as a CSV Excel opens (UTF-8 with BOM). */
export async function exportVotes({ db, actor }: UseCaseContext, input: { campaignId: string }): Promise<{ filename: string; csv: string }> {
  if (!isCountyAdmin(actor)) throw fail.forbidden('只有县创文指挥中心可以导出选票');
  const campaign = await findCampaign(db, actor.countyId, input.campaignId);
  if (!campaign) throw fail.notFound('没有找到这次评选');
  const rows = await votesPerFamilyPerDay(db, campaign.id);
  const lines = [['日期', '家庭', '社区', '推荐编号', '有效票', '作废票'], ...rows.map((r) => [r.day, r.displayName, r.community, r.nominationId, r.valid, r.voided])];
  return { filename: `${campaign.title}-投票明细.csv`, csv: '\ufeff' + lines.map((line) => line.map(csvCell).join(',')).join('\r\n') + '\r\n' };
}
