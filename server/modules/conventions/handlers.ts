import { anyone, withRole } from '../../core/authorize';
import { defineAction, defineModule } from '../../core/action';
import { conventionsInputs } from './contracts';
import { certificate } from './use-cases/certificate';
import { getConvention } from './use-cases/get-convention';
import { listConventions } from './use-cases/list-conventions';
import { publishableConventions } from './use-cases/publishable-conventions';
import { publishVersion } from './use-cases/publish-version';
import { signConvention } from './use-cases/sign-convention';
import { versionHistory } from './use-cases/version-history';

export const conventionsModule = defineModule('conventions', {
  list: defineAction({ authorize: anyone, childMode: true, input: conventionsInputs.list, run: listConventions, readOnly: true }),
  get: defineAction({ authorize: anyone, childMode: true, input: conventionsInputs.get, run: getConvention, readOnly: true }),
  sign: defineAction({ authorize: anyone, input: conventionsInputs.sign, run: signConvention }),
  certificate: defineAction({ authorize: anyone, childMode: true, input: conventionsInputs.certificate, run: certificate, readOnly: true }),
  history: defineAction({ authorize: anyone, childMode: true, input: conventionsInputs.history, run: versionHistory, readOnly: true }),
  publishable: defineAction({ authorize: withRole('staff', 'admin'), input: conventionsInputs.publishable, run: publishableConventions, readOnly: true }),
  publishVersion: defineAction({ authorize: withRole('staff', 'admin'), input: conventionsInputs.publishVersion, run: publishVersion }),
});
