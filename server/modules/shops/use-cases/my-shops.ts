import type { UseCaseContext } from '../../../core/action';
import { iso } from '../../../core/clock';
import { currentCountyText } from '../../conventions/facade';
import type { MyShop } from '../contracts';
import { shopsOfOwner } from '../repo';

export async function myShops({ db, actor }: UseCaseContext): Promise<MyShop[]> {
  const [shops, current] = await Promise.all([shopsOfOwner(db, actor.userId), currentCountyText(db, actor.countyId, 'shop')]);
  return shops.map((s) => ({
    shopId: s.id,
    shopName: s.name,
    address: s.address,
    communityName: s.communityName,
    pledgedAt: s.signedAt ? iso(s.signedAt) : null,
    signerNo: s.signerNo ?? null,
    version: s.version ?? null,
    current: !!current && s.versionId === current.id,
  }));
}
