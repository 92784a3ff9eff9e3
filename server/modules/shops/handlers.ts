import { defineAction, defineModule } from '../../core/action';
import { shopsInputs } from './contracts';
import { myShops } from './use-cases/my-shops';
import { pledgeText } from './use-cases/pledge-text';
import { signShopPledge } from './use-cases/sign-shop-pledge';

/** 门前六包: a shop owner's pledge for the pavement in front of the door. */
export const shopsModule = defineModule('shops', {
  pledgeText: defineAction({ input: shopsInputs.pledgeText, run: pledgeText, readOnly: true }),
  signPledge: defineAction({ input: shopsInputs.signPledge, run: signShopPledge }),
  myShops: defineAction({ input: shopsInputs.myShops, run: myShops, readOnly: true }),
});
