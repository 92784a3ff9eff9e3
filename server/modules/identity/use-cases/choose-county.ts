import type { NewcomerContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import type { CountyChoice } from '../contracts';
import { countyExists, listCounties } from '../../campaign/facade';
import { actorByOpenid, registerResident } from '../repo';

/** The deployment's counties: a city running one deployment for its districts and counties shows them to a newcomer. */
export function counties(ctx: NewcomerContext): Promise<CountyChoice[]> {
  return listCounties(ctx.db);
}

/**
 * A newcomer joins the county they chose. Someone the server already knows
 * stays in their own county (moving is not a tap: a person's records, home
 * and posts belong to one county).
 */
export async function join(ctx: NewcomerContext, input: { countyId: string }): Promise<{ countyId: string; joined: boolean }> {
  if (ctx.actor) return { countyId: ctx.actor.countyId, joined: false };
  if (!(await countyExists(ctx.db, input.countyId))) throw fail.notFound('没有这个县（市、区）');
  await registerResident(ctx.db, input.countyId, ctx.openid);
  const actor = await actorByOpenid(ctx.db, ctx.openid, ctx.now);
  if (!actor) throw fail.unauthenticated();
  await recordAudit(ctx.db, actor, { role: 'resident', action: 'identity.join', subjectType: 'county', subjectId: actor.countyId, at: ctx.now });
  return { countyId: actor.countyId, joined: true };
}
