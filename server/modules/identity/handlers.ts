import { defineAction, defineModule, defineNewcomerAction } from '../../core/action';
import { identityInputs } from './contracts';
import { counties, join } from './use-cases/choose-county';
import { me } from './use-cases/me';
import { phoneFromWeChat, updateProfile } from './use-cases/update-profile';

export const identityModule = defineModule('identity', {
  me: defineAction({ childMode: true, input: identityInputs.me, run: me, readOnly: true }),
  updateProfile: defineAction({ input: identityInputs.updateProfile, run: updateProfile }),
  phoneFromWeChat: defineAction({ input: identityInputs.phoneFromWeChat, run: phoneFromWeChat }),
  counties: defineNewcomerAction({ input: identityInputs.counties, run: counties }),
  join: defineNewcomerAction({ input: identityInputs.join, run: join }),
});
