import { anyone } from '../../core/authorize';
import { defineAction, defineModule } from '../../core/action';
import { privacyInputs } from './contracts';
import { deleteAccount } from './use-cases/delete-account';
import { myData } from './use-cases/my-data';

/** The person's rights over their own data: see and copy it, delete the account. */
export const privacyModule = defineModule('privacy', {
  myData: defineAction({ authorize: anyone, input: privacyInputs.myData, run: myData, readOnly: true }),
  deleteAccount: defineAction({ authorize: anyone, input: privacyInputs.deleteAccount, run: deleteAccount }),
});
