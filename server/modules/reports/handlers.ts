import { defineAction, defineModule } from '../../core/action';
import { reportsInputs } from './contracts';
import { listCategories } from './use-cases/list-categories';
import { meToo } from './use-cases/me-too';
import { myReports } from './use-cases/my-reports';
import { nearbyReports } from './use-cases/nearby-reports';
import { submitReport } from './use-cases/submit-report';

export const reportsModule = defineModule('reports', {
  categories: defineAction({ input: reportsInputs.categories, run: listCategories }),
  nearby: defineAction({ input: reportsInputs.nearby, run: nearbyReports }),
  submit: defineAction({ input: reportsInputs.submit, run: submitReport }),
  meToo: defineAction({ input: reportsInputs.meToo, run: meToo }),
  mine: defineAction({ input: reportsInputs.mine, run: myReports }),
});
