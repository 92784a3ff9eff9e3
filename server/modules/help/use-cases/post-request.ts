import type { z } from 'zod';
import type { UseCaseContext } from '../../../core/action';
import { fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import { communityPoint } from '../../places/facade';
import { transfer } from '../../points/facade';
import { HELP_KIND_LABELS, MAX_OPEN_REQUESTS, type HelpRequestView, type helpInputs } from '../contracts';
import { servesCommunity } from '../permissions';
import { countHolding, findRequest, insertRequest, lockRequester } from '../repo';
import { requestView } from '../views';
import { payer } from './move-escrow';

type Input = z.output<typeof helpInputs.post>;

/**
 * 发布互助需求, in one transaction: the requester is held (so ten posts at
 * once count each other), at most three requests may hold points at once,
 * then the request and its points into the county's escrow (a conditional
 * debit: never below zero). Staff of the community may post for a named
 * person without WeChat; the county's points pay for that one.
 */
export async function postRequest(ctx: UseCaseContext, input: Input): Promise<HelpRequestView> {
  const { db, actor, now } = ctx;
  if (input.forName && !servesCommunity(actor, input.communityId)) throw fail.forbidden('只有这个社区的工作人员可以替居民发布互助需求');
  const community = await communityPoint(db, actor.countyId, input.communityId);
  if (!community) throw fail.validation('请选择本县的社区或村', [{ field: 'communityId', message: '请选择本县的社区或村' }]);
  const startsAt = new Date(input.startsAt);
  if (startsAt.getTime() < now.getTime() - 60_000) throw fail.validation('时间已经过去了，请选一个以后的时间', [{ field: 'startsAt', message: '请选一个以后的时间' }]);

  const who = input.forName ? { communityId: community.id, forName: input.forName } : { requesterId: actor.userId };
  await lockRequester(db, actor.countyId, input.forName ? `${community.id}:${input.forName}` : actor.userId);
  if ((await countHolding(db, actor.countyId, who)) >= MAX_OPEN_REQUESTS) {
    throw fail.conflict(`同时最多发布${MAX_OPEN_REQUESTS}个互助需求，等之前的完成或取消后再发吧`);
  }
  const id = newId();
  const label = HELP_KIND_LABELS[input.kind];
  const row = {
    id,
    countyId: actor.countyId,
    requesterId: input.forName ? null : actor.userId,
    forName: input.forName ?? null,
    requesterName: input.forName ?? actor.name,
    postedBy: actor.userId,
    communityId: community.id,
    communityName: community.name,
    kind: input.kind,
    details: input.details ?? '',
    place: input.place,
    startsAt,
    minutes: input.minutes,
    points: input.points,
    latitude: community.latitude,
    longitude: community.longitude,
    createdAt: now,
  };
  await insertRequest(db, row);
  await transfer(db, { countyId: actor.countyId, from: payer(row), to: { kind: 'escrow' }, amount: input.points, sourceKey: `help:${id}:escrow`, kind: 'help_escrow', memo: `发布互助：${label}（由平台暂存）`, at: now }).catch((error: unknown) => {
    if (error instanceof Error && error.message === '积分不足') throw fail.conflict(`积分不够，发布这个需求要${input.points}积分`);
    throw error;
  });
  return requestView((await findRequest(db, actor.countyId, id))!, actor);
}
