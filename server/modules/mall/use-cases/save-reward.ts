import type { UseCaseContext } from '../../../core/action';
import { recordAudit } from '../../../core/audit';
import { fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import type { DB } from '../../../db/schema';
import type { Kysely } from 'kysely';
import { attachOwnPhotos } from '../../files/facade';
import type { ManagedReward, RewardKind } from '../contracts';
import { assertRunsStation, stationRole } from '../permissions';
import { findStation } from '../../places/facade';
import { insertReward, moveStock, updateReward } from '../repo';
import { findReward } from '../rows';
import { manageReward } from './manage-reward';

interface RewardFields {
  kind: RewardKind;
  name: string;
  description?: string;
  partner?: string;
  photo?: string;
  price: number;
  perPersonLimit: number;
  pickupDays: number;
  endsAt?: string;
}

function values(input: RewardFields, now: Date) {
  const endsAt = input.endsAt ? new Date(input.endsAt) : null;
  if (endsAt && endsAt.getTime() <= now.getTime()) throw fail.validation('截止时间要晚于现在', [{ field: 'endsAt', message: '截止时间要晚于现在' }]);
  return { kind: input.kind, name: input.name, description: input.description ?? '', partner: input.partner ?? '', photo: input.photo ?? null, price: input.price, perPersonLimit: input.perPersonLimit, pickupDays: input.pickupDays, endsAt };
}

/** A new photo is attached to the reward only if the caller uploaded it. */
async function attachPhoto(db: Kysely<DB>, actor: { countyId: string; userId: string }, photo: string | undefined, before: string | null): Promise<void> {
  if (photo && photo !== before) await attachOwnPhotos(db, actor, [photo], 'photo');
}

/** 上架: a reward at a station the caller runs, with its first stock as the book's first line. */
export async function createReward(ctx: UseCaseContext, input: RewardFields & { stationId: string; stock: number }): Promise<ManagedReward> {
  const { db, actor, now } = ctx;
  assertRunsStation(actor, input.stationId);
  if (!(await findStation(db, actor.countyId, input.stationId))) throw fail.notFound('没有这个实践站');
  await attachPhoto(db, actor, input.photo, null);
  const id = newId();
  await insertReward(db, { id, countyId: actor.countyId, stationId: input.stationId, ...values(input, now), createdBy: actor.userId, now });
  if (input.stock > 0) await moveStock(db, { countyId: actor.countyId, rewardId: id, kind: 'in', delta: input.stock, reason: '上架', by: actor.userId, now });
  await recordAudit(db, actor, { role: stationRole(actor, input.stationId), action: 'mall.createReward', subjectType: 'mall_reward', subjectId: id, data: { name: input.name, price: input.price, stock: input.stock }, at: now });
  return manageReward(ctx, { rewardId: id });
}

/** Edits a reward (or takes it off the shelf: status withdrawn); the stock moves only through the book. */
export async function editReward(ctx: UseCaseContext, input: RewardFields & { rewardId: string; status: 'listed' | 'withdrawn' }): Promise<ManagedReward> {
  const { db, actor, now } = ctx;
  const r = await findReward(db, actor.countyId, input.rewardId);
  if (!r) throw fail.notFound('没有找到这件礼品');
  assertRunsStation(actor, r.stationId);
  await attachPhoto(db, actor, input.photo, r.photo);
  const v = values(input, now);
  await updateReward(db, actor.countyId, r.id, { ...v, status: input.status, now });
  await recordAudit(db, actor, { role: stationRole(actor, r.stationId), action: 'mall.updateReward', subjectType: 'mall_reward', subjectId: r.id, data: { name: input.name, price: input.price, status: input.status }, at: now });
  return manageReward(ctx, { rewardId: r.id });
}
