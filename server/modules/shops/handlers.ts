import { adults, anyone, refusing } from '../../core/authorize';
import { defineAction, defineModule } from '../../core/action';
import { shopsInputs } from './contracts';
import { myShops } from './use-cases/my-shops';
import { pledgeText } from './use-cases/pledge-text';
import { signShopPledge } from './use-cases/sign-shop-pledge';

/** 门前六包: a shop owner's pledge for the pavement in front of the door. */
export const shopsModule = defineModule('shops', {
  pledgeText: defineAction({ authorize: anyone, input: shopsInputs.pledgeText, run: pledgeText, readOnly: true }),
  signPledge: defineAction({ authorize: refusing(adults, '门前六包承诺需要由商户负责人签署'), input: shopsInputs.signPledge, run: signShopPledge, texts: { scene: 'profile', fields: (input) => ({ shopName: input.shopName, address: input.address }) } }),
  myShops: defineAction({ authorize: anyone, input: shopsInputs.myShops, run: myShops, readOnly: true }),
});
