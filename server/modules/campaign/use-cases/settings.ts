import type { UseCaseContext } from '../../../core/action';
import { isCountyAdmin } from '../../../core/actor';
import { recordAudit } from '../../../core/audit';
import { beijingDay } from '../../../core/clock';
import { fail } from '../../../core/errors';
import { attachOwnPhotos } from '../../files/facade';
import type { CampaignSettings } from '../contracts';
import { readCampaign, writeCampaign } from '../repo';

interface SettingsInput {
  campaignName: string;
  campaignStart: string;
  slogan?: string;
  bannerRef: string | null;
  privacyOperator?: string;
  privacyContact?: string;
}

function assertAdmin(ctx: Pick<UseCaseContext, 'actor'>) {
  if (!isCountyAdmin(ctx.actor)) throw fail.forbidden('只有创文办能修改创建活动的设置');
}

/** The campaign's settings, for its admins to edit. */
export function settings(ctx: UseCaseContext): Promise<CampaignSettings> {
  assertAdmin(ctx);
  return readCampaign(ctx.db, ctx.actor.countyId);
}

/** A year ahead at most: a county plans its campaign, it does not schedule one for a later term. */
function startProblem(day: string, today: string): string {
  if (day < '2000-01-01') return '开始日期太早了';
  const latest = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
  if (day > latest) return '开始日期最多定在一年以后';
  return '';
}

/** Name, start day, slogan and banner of the campaign, by an admin; every change is audited with what it was before. */
export async function updateSettings(ctx: UseCaseContext, input: SettingsInput): Promise<CampaignSettings> {
  assertAdmin(ctx);
  const problem = startProblem(input.campaignStart, beijingDay(ctx.now));
  if (problem) throw fail.validation(problem, [{ field: 'campaignStart', message: problem }]);
  const before = await readCampaign(ctx.db, ctx.actor.countyId, true);
  // A new banner must be a photo this admin uploaded; keeping the current one needs no proof.
  if (input.bannerRef && input.bannerRef !== before.bannerRef) {
    await attachOwnPhotos(ctx.db, { countyId: ctx.actor.countyId, userId: ctx.actor.userId }, [input.bannerRef], 'bannerRef');
  }
  const after = {
    campaignName: input.campaignName,
    campaignStart: input.campaignStart,
    slogan: input.slogan ?? '',
    bannerRef: input.bannerRef,
    privacyOperator: input.privacyOperator ?? '',
    privacyContact: input.privacyContact ?? '',
  };
  await writeCampaign(ctx.db, ctx.actor.countyId, after);
  const { countyName: _county, ...was } = before;
  await recordAudit(ctx.db, ctx.actor, { role: 'admin', action: 'campaign.updateSettings', subjectType: 'county', subjectId: ctx.actor.countyId, data: { before: was, after }, at: ctx.now });
  return { countyName: before.countyName, ...after };
}
