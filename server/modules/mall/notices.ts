import type { Notice } from '../inbox/facade';
import type { RedemptionRow } from './rows';

/** Where a resident's 消息 about a redemption leads. */
export const MINE_LINK = '/features/mall/pages/mine/index';

const spaced = (digits: string) => `${digits.slice(0, 3)} ${digits.slice(3)}`;

export function redeemedNotice(d: Pick<RedemptionRow, 'id' | 'userId' | 'rewardName' | 'stationName' | 'pickupDigits' | 'price'>, days: number): Notice {
  return {
    userId: d.userId,
    kind: 'mall',
    title: `兑换成功：${d.rewardName}`,
    body: `用了${d.price}积分。请在${days}天内到${d.stationName}领取，取货码 ${spaced(d.pickupDigits)}（出示“我的兑换”里的二维码也可以）。`,
    link: MINE_LINK,
    sourceKey: `mall:${d.id}:redeemed`,
  };
}

export function handedOverNotice(d: Pick<RedemptionRow, 'id' | 'userId' | 'rewardName' | 'stationName'>): Notice {
  return { userId: d.userId, kind: 'mall', title: `已领取：${d.rewardName}`, body: `${d.stationName}已把${d.rewardName}交给您。谢谢您为社区出的力！`, link: MINE_LINK, sourceKey: `mall:${d.id}:handed-over` };
}

export function cancelledNotice(d: Pick<RedemptionRow, 'id' | 'userId' | 'rewardName' | 'stationName' | 'price'>, reason: string): Notice {
  return {
    userId: d.userId,
    kind: 'mall',
    title: `兑换已取消：${d.rewardName}`,
    body: `${d.stationName}取消了这次兑换，${d.price}积分已退回您的账户。原因：${reason}`,
    link: MINE_LINK,
    sourceKey: `mall:${d.id}:cancelled`,
  };
}

export function expiredNotice(d: Pick<RedemptionRow, 'id' | 'userId' | 'rewardName' | 'price'>): Notice {
  return {
    userId: d.userId,
    kind: 'mall',
    title: `兑换已过期：${d.rewardName}`,
    body: `${d.rewardName}过了领取期限还没有领，${d.price}积分已退回您的账户。想要的话可以再兑换一次。`,
    link: MINE_LINK,
    sourceKey: `mall:${d.id}:expired`,
  };
}
