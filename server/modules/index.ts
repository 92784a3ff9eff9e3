import type { ModuleDef } from '../core/action';
import { activitiesModule } from './activities/handlers';
import { appointmentsModule } from './appointments/handlers';
import { assessmentModule } from './assessment/handlers';
import { campaignModule } from './campaign/handlers';
import { conventionsModule } from './conventions/handlers';
import { dashboardModule } from './dashboard/handlers';
import { familiesModule } from './families/handlers';
import { filesModule } from './files/handlers';
import { goodPeopleModule } from './goodPeople/handlers';
import { helpModule } from './help/handlers';
import { householdsModule } from './households/handlers';
import { identityModule } from './identity/handlers';
import { inboxModule } from './inbox/handlers';
import { inspectionsModule } from './inspections/handlers';
import { mallModule } from './mall/handlers';
import { mattersModule } from './matters/handlers';
import { noticesModule } from './notices/handlers';
import { placesModule } from './places/handlers';
import { pointsModule } from './points/handlers';
import { privacyModule } from './privacy/handlers';
import { questionnairesModule } from './questionnaires/handlers';
import { reportsModule } from './reports/handlers';
import { shopsModule } from './shops/handlers';
import { tasksModule } from './tasks/handlers';
import { volunteersModule } from './volunteers/handlers';

/** Every module is one cloud function of the same name. */
export const modules: ModuleDef[] = [identityModule, placesModule, householdsModule, conventionsModule, shopsModule, campaignModule, reportsModule, filesModule, inboxModule, familiesModule, goodPeopleModule, pointsModule, activitiesModule, noticesModule, volunteersModule, questionnairesModule, mattersModule, appointmentsModule, privacyModule, mallModule, helpModule, inspectionsModule, assessmentModule, dashboardModule, tasksModule];

export function findModule(name: string): ModuleDef | undefined {
  return modules.find((m) => m.name === name);
}
