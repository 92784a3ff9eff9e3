/** Why a person cannot redeem a reward now, in words for them; null when they can. */
export function whyNotRedeem(
  r: { status: 'listed' | 'withdrawn'; stock: number; endsAt: Date | null; price: number; perPersonLimit: number },
  person: { balance: number; mine: number; isMinor: boolean },
  now: Date,
): string | null {
  if (person.isMinor) return '积分兑换要请家长来办';
  if (r.status !== 'listed') return '这件礼品已经下架了';
  if (r.endsAt && r.endsAt.getTime() <= now.getTime()) return '这件礼品的兑换已经截止了';
  if (r.stock <= 0) return '已经兑换完了，过几天再来看看吧';
  if (person.mine >= r.perPersonLimit) return `每人最多兑换${r.perPersonLimit}件，您已经兑换过了`;
  if (person.balance < r.price) return `积分还差${r.price - person.balance}分，多参加志愿服务就能攒够`;
  return null;
}

/** When a redemption made now expires if nobody picks it up. */
export function expiresAt(now: Date, pickupDays: number): Date {
  return new Date(now.getTime() + pickupDays * 86_400_000);
}
