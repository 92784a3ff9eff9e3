import type { UseCaseContext } from '../../../core/action';
import { iso } from '../../../core/clock';
import { currentCountyText, versionNumbers } from '../../conventions/facade';
import { namesOfPlaces } from '../../places/facade';
import type { MyShop } from '../contracts';
import { pledgesOfShops, shopsOfOwner } from '../repo';

export async function myShops({ db, actor }: UseCaseContext): Promise<MyShop[]> {
  const [shops, current] = await Promise.all([shopsOfOwner(db, actor.userId), currentCountyText(db, actor.countyId, 'shop')]);
  const pledges = await pledgesOfShops(db, shops.map((s) => s.id));
  const [communities, versions] = await Promise.all([namesOfPlaces(db, 'communities', shops.map((s) => s.communityId)), versionNumbers(db, pledges.map((p) => p.versionId))]);
  // Each shop's latest pledge: the one of the highest version it signed.
  const latest = new Map<string, (typeof pledges)[number] & { version: number }>();
  for (const p of pledges) {
    const version = versions.get(p.versionId);
    if (version === undefined) continue;
    const seen = latest.get(p.shopId);
    if (!seen || version > seen.version) latest.set(p.shopId, { ...p, version });
  }
  return shops.flatMap((s) => {
    const communityName = communities.get(s.communityId);
    if (communityName === undefined) return [];
    const pledge = latest.get(s.id);
    return [{
      shopId: s.id,
      shopName: s.name,
      address: s.address,
      communityName,
      pledgedAt: pledge ? iso(pledge.signedAt) : null,
      signerNo: pledge?.signerNo ?? null,
      version: pledge?.version ?? null,
      current: !!current && pledge?.versionId === current.id,
    }];
  });
}
