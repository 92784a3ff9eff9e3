import type { UseCaseContext } from '../../../core/action';
import { iso } from '../../../core/clock';
import { fail } from '../../../core/errors';
import { newId } from '../../../core/ids';
import { currentCountyText, insertNumberedSignature } from '../../conventions/facade';
import { findCommunity } from '../../places/facade';
import type { ShopPledgeResult } from '../contracts';
import { findShopPledge, registerShop, updateShopContact } from '../repo';

export async function signShopPledge(
  ctx: UseCaseContext,
  input: { versionId: string; shopName: string; address: string; communityId: string; contactPhone: string },
): Promise<ShopPledgeResult> {
  const { db, actor, now } = ctx;
  if (actor.isMinor) throw fail.forbidden('门前六包承诺需要由商户负责人签署');
  // The shop's name and address are shown on the public pledge list.
  const community = await findCommunity(db, actor.countyId, input.communityId);
  if (!community) throw fail.notFound('没有找到这个社区，请重新选择');

  const shop = await registerShop(db, {
    id: newId(),
    countyId: actor.countyId,
    communityId: community.id,
    name: input.shopName,
    address: input.address,
    contactPhone: input.contactPhone,
    ownerId: actor.userId,
    at: now,
  });
  if (shop.ownerId !== actor.userId) throw fail.conflict('这家商户已由其他人登记，请联系社区核实');
  const shopId = shop.id;
  await updateShopContact(db, shopId, input.contactPhone);

  const existing = await findShopPledge(db, input.versionId, shopId);
  if (existing) return { shopId, pledgeId: existing.id, signerNo: existing.signerNo, signedAt: iso(existing.signedAt), alreadySigned: true };

  const current = await currentCountyText(db, actor.countyId, 'shop');
  if (!current) throw fail.notFound('本县还没有发布门前六包承诺书');
  if (current.id !== input.versionId) throw fail.conflict('承诺书已经更新，请阅读新版本后再签署');

  const created = await insertNumberedSignature(db, { table: 'shop_pledges', signerColumn: 'shop_id' }, {
    id: newId(),
    county_id: actor.countyId,
    shop_id: shopId,
    version_id: current.id,
    user_id: actor.userId,
    signed_at: now,
  });
  // Nothing created: a racing request for the same shop signed first, or a newer text was published.
  const pledge = created ?? (await findShopPledge(db, current.id, shopId));
  if (!pledge) throw fail.conflict('承诺书已经更新，请阅读新版本后再签署');
  return { shopId, pledgeId: pledge.id, signerNo: pledge.signerNo, signedAt: iso(pledge.signedAt), alreadySigned: !created };
}
