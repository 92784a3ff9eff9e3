import { defineAction, defineModule } from '../../core/action';
import { identityInputs } from './contracts';
import { me } from './use-cases/me';
import { updateProfile } from './use-cases/update-profile';

export const identityModule = defineModule('identity', {
  me: defineAction({ childMode: true, input: identityInputs.me, run: me, readOnly: true }),
  updateProfile: defineAction({ input: identityInputs.updateProfile, run: updateProfile }),
});
