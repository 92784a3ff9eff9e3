/** Helpers for the 文明家庭 integration tests (not a test file itself). */
import type { Kysely } from 'kysely';
import type { DB } from '../../../../server/db/schema';
import type { DemoKey } from '../../../../server/db/seed/demo-county';
import { data, TestCounty } from '../../../support/app';
import { uploadPhotos } from '../reports/report-fixtures';

const DAY_MS = 24 * 3_600_000;

export const STORY =
  '我家有爸爸、妈妈、奶奶和我。奶奶腿脚不好，爸爸每天下班都扶她下楼散步；妈妈周末去社区做志愿者，帮邻居打扫楼道。我们家的垃圾每天都分好类再扔，楼下的叔叔阿姨都夸我们。';

/** Moves the seeded campaign's dates so that `now` falls in the phase. */
export async function setPhase(db: Kysely<DB>, campaignId: string, phase: 'upcoming' | 'nomination' | 'review' | 'voting' | 'results', now = new Date()) {
  const offsets = { upcoming: 1, nomination: -1, review: -3, voting: -5, results: -7 }[phase];
  const at = (days: number) => new Date(now.getTime() + (offsets + days) * DAY_MS);
  await db
    .updateTable('familyCampaigns')
    .set({ nominationStartsAt: at(0), nominationEndsAt: at(2), votingStartsAt: at(4), votingEndsAt: at(6) })
    .where('id', '=', campaignId)
    .execute();
}

export async function setRules(db: Kysely<DB>, campaignId: string, rules: Partial<{ votesPerDay: number; repeatSameFamily: boolean; requireHousehold: boolean; minorsMayVote: boolean; familyVotesPerMinute: number }>) {
  await db.updateTable('familyCampaigns').set(rules).where('id', '=', campaignId).execute();
}

/** 王小明 nominates his family with a drawing; returns the nomination id. */
export async function childNominates(county: TestCounty): Promise<string> {
  const photos = await uploadPhotos(county, 'minor', 1);
  return data<any>(await county.as('minor')('families', 'nominate', { campaignId: county.familyCampaignId, displayName: '王小明家', story: STORY, photos })).nominationId;
}

/** The child's nomination, consented by 王建国 as "王家" (child's name hidden), and approved by 孙丽. */
export async function approvedFamily(county: TestCounty): Promise<string> {
  const id = await childNominates(county);
  const view = data<any>(await county.as('guardian')('families', 'nomination', { nominationId: id }));
  data(await county.as('guardian')('families', 'consent', { nominationId: id, displayName: '王家', story: view.story, photos: view.photos, showChildName: false }));
  data(await county.as('staff')('families', 'review', { nominationId: id, decision: 'approve' }));
  return id;
}

/** An adult of another household nominates their own family (approved). */
export async function approvedOwnFamily(county: TestCounty, person: DemoKey, displayName: string): Promise<string> {
  const id = data<any>(await county.as(person)('families', 'nominate', { campaignId: county.familyCampaignId, displayName, story: STORY, photos: [] })).nominationId;
  data(await county.as('admin')('families', 'review', { nominationId: id, decision: 'approve' }));
  return id;
}
