import type { UseCaseContext } from '../../../core/action';
import { hasRole } from '../../../core/actor';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import { attachOwnPhotos } from '../../files/facade';
import { currentHome } from '../../households/facade';
import { deliver } from '../../inbox/facade';
import type { RaiseResult } from '../contracts';
import { KIND_LABELS, type MatterKind } from '../domain/matter';
import { REFUSALS } from '../permissions';
import { holdersOf } from '../../identity/facade';
import { insertMatterOnce, matterByKey } from '../repo';
import { excerpt, matterLink } from '../step';

interface RaiseInput {
  idempotencyKey: string;
  kind: MatterKind;
  text: string;
  photos: string[];
}

/**
 * A resident asks their building's captain for help. Only someone bound to a
 * household may; the matter belongs to that household's unit and building as
 * they are now (moving later does not move it). Idempotent per (resident,
 * key): a retry — or 50 at once — returns the first matter, and only a matter
 * really created tells the captains (or, in a building without one, the
 * community's staff).
 */
export async function raiseMatter(ctx: UseCaseContext, input: RaiseInput): Promise<RaiseResult> {
  const { db, actor, now } = ctx;
  const home = await currentHome(db, actor.countyId, actor.userId);
  if (!home) throw fail.forbidden(REFUSALS.notBound, [{ field: 'household', message: '还没有绑定住户' }]);
  const earlier = await matterByKey(db, actor.userId, input.idempotencyKey);
  if (earlier) return { matterId: earlier.id, status: earlier.status, alreadyRaised: true };
  await attachOwnPhotos(db, actor, input.photos);

  const id = newId();
  const created = await insertMatterOnce(db, {
    id,
    countyId: actor.countyId,
    buildingId: home.buildingId,
    unitId: home.unitId,
    householdId: home.householdId,
    raisedBy: actor.userId,
    kind: input.kind,
    text: input.text,
    photos: JSON.stringify(input.photos),
    status: 'open',
    idempotencyKey: input.idempotencyKey,
    createdAt: now,
  });
  if (!created) {
    const first = await matterByKey(db, actor.userId, input.idempotencyKey);
    if (!first) throw fail.conflict('提交没有成功，请再试一次');
    return { matterId: first.id, status: first.status, alreadyRaised: true };
  }
  await recordAudit(db, actor, {
    role: hasRole(actor, 'resident') ? 'resident' : 'minor',
    action: 'matter.raise',
    subjectType: 'building_matter',
    subjectId: id,
    data: { kind: input.kind, buildingId: home.buildingId, householdId: home.householdId },
    at: now,
  });

  const captains = await holdersOf(db, actor.countyId, 'captain', 'building', home.buildingId);
  const told = captains.length ? captains : await holdersOf(db, actor.countyId, 'staff', 'community', home.communityId);
  await deliver(
    db,
    actor.countyId,
    told
      .filter((userId) => userId !== actor.userId)
      .map((userId) => ({
        userId,
        kind: 'matter',
        title: `${home.buildingName}有居民找楼长：${KIND_LABELS[input.kind]}`,
        body: `${home.unitName} ${home.room}：${excerpt(input.text)}`,
        link: matterLink(id),
        sourceKey: `matter:${id}:raised`,
      })),
    now,
  );
  return { matterId: id, status: 'open', alreadyRaised: false };
}
