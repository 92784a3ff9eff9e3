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
  list: defineAction({ input: conventionsInputs.list, run: listConventions }),
  get: defineAction({ input: conventionsInputs.get, run: getConvention }),
  sign: defineAction({ input: conventionsInputs.sign, run: signConvention }),
  certificate: defineAction({ input: conventionsInputs.certificate, run: certificate }),
  history: defineAction({ input: conventionsInputs.history, run: versionHistory }),
  publishable: defineAction({ input: conventionsInputs.publishable, run: publishableConventions }),
  publishVersion: defineAction({ input: conventionsInputs.publishVersion, run: publishVersion }),
});
