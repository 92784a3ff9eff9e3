import { adults, anyone, refusing, withRole } from '../../core/authorize';
import { defineAction, defineModule } from '../../core/action';
import { mallInputs } from './contracts';
import { cancelRedemption } from './use-cases/cancel-redemption';
import { handOver } from './use-cases/hand-over';
import { listRewards } from './use-cases/list-rewards';
import { manageReward } from './use-cases/manage-reward';
import { markForDelivery } from './use-cases/mark-delivery';
import { moveRewardStock } from './use-cases/move-stock';
import { myRedemptions } from './use-cases/my-redemptions';
import { myStations } from './use-cases/my-stations';
import { redeem } from './use-cases/redeem';
import { rewardDetail } from './use-cases/reward-detail';
import { createReward, editReward } from './use-cases/save-reward';
import { stationRewards } from './use-cases/station-rewards';
import { waitingList } from './use-cases/waiting-list';

/** Station staff and the county's command centre; the use case then checks the station. */
const stationStaff = refusing(withRole('station', 'admin'), '只有实践站工作人员可以做这件事');

/** 积分超市: rewards listed by practice stations, redeemed with points, picked up with a code. */
export const mallModule = defineModule('mall', {
  rewards: defineAction({ authorize: anyone, input: mallInputs.rewards, run: listRewards, readOnly: true }),
  reward: defineAction({ authorize: anyone, input: mallInputs.reward, run: rewardDetail, readOnly: true }),
  // A child spends no points without a guardian: the client shows a child page instead of the button.
  redeem: defineAction({ authorize: refusing(adults, '积分兑换要请家长来办'), input: mallInputs.redeem, run: redeem }),
  mine: defineAction({ authorize: anyone, input: mallInputs.mine, run: myRedemptions, readOnly: true }),
  myStations: defineAction({ authorize: stationStaff, input: mallInputs.myStations, run: myStations, readOnly: true }),
  stationRewards: defineAction({ authorize: stationStaff, input: mallInputs.stationRewards, run: stationRewards, readOnly: true }),
  manageReward: defineAction({ authorize: stationStaff, input: mallInputs.manageReward, run: manageReward, readOnly: true }),
  createReward: defineAction({ authorize: stationStaff, input: mallInputs.createReward, run: createReward, texts: { scene: 'social', fields: (i) => ({ name: i.name, description: i.description, partner: i.partner }) } }),
  updateReward: defineAction({ authorize: stationStaff, input: mallInputs.updateReward, run: editReward, texts: { scene: 'social', fields: (i) => ({ name: i.name, description: i.description, partner: i.partner }) } }),
  moveStock: defineAction({ authorize: stationStaff, input: mallInputs.moveStock, run: moveRewardStock }),
  waiting: defineAction({ authorize: stationStaff, input: mallInputs.waiting, run: waitingList, readOnly: true }),
  handOver: defineAction({ authorize: stationStaff, input: mallInputs.handOver, run: handOver }),
  cancel: defineAction({ authorize: stationStaff, input: mallInputs.cancel, run: cancelRedemption }),
  markDelivery: defineAction({ authorize: stationStaff, input: mallInputs.markDelivery, run: markForDelivery }),
});
