import { anyone } from '../../core/authorize';
import { defineAction, defineModule } from '../../core/action';
import { privacyInputs } from './contracts';
import { myConsents } from './use-cases/consents';
import { deleteAccount } from './use-cases/delete-account';
import { giveConsent } from './use-cases/give-consent';
import { withdrawConsent } from './use-cases/withdraw-consent';
import { myData } from './use-cases/my-data';

/** The person's rights over their own data: see and copy it, delete the account. */
export const privacyModule = defineModule('privacy', {
  myData: defineAction({ authorize: anyone, input: privacyInputs.myData, run: myData, readOnly: true }),
  deleteAccount: defineAction({ authorize: anyone, input: privacyInputs.deleteAccount, run: deleteAccount }),
  consents: defineAction({ authorize: anyone, input: privacyInputs.consents, run: myConsents, readOnly: true }),
  consent: defineAction({ authorize: anyone, input: privacyInputs.consent, run: giveConsent }),
  withdrawConsent: defineAction({ authorize: anyone, input: privacyInputs.withdrawConsent, run: withdrawConsent }),
});
