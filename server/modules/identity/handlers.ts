import { anyone, contactFromAdults } from '../../core/authorize';
import { defineAction, defineModule, defineNewcomerAction } from '../../core/action';
import { identityInputs } from './contracts';
import { counties, join } from './use-cases/choose-county';
import { me } from './use-cases/me';
import { phoneFromWeChat, updateProfile } from './use-cases/update-profile';

export const identityModule = defineModule('identity', {
  me: defineAction({ authorize: anyone, childMode: true, input: identityInputs.me, run: me, readOnly: true }),
  updateProfile: defineAction({ authorize: anyone, input: identityInputs.updateProfile, run: updateProfile, texts: { scene: 'profile', fields: (input) => ({ name: input.name }) } }),
  phoneFromWeChat: defineAction({ authorize: contactFromAdults, input: identityInputs.phoneFromWeChat, run: phoneFromWeChat }),
  counties: defineNewcomerAction({ input: identityInputs.counties, run: counties }),
  join: defineNewcomerAction({ input: identityInputs.join, run: join }),
});
