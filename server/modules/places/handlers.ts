import { anyone, countyAdmin } from '../../core/authorize';
import { defineAction, defineModule } from '../../core/action';
import { placesInputs } from './contracts';
import { listBuildings, listCommunities, listHouseholds, listUnits } from './repo';
import { commitImport } from './use-cases/commit-import';
import { addDepartment, departments } from './use-cases/departments';
import { importBoundaries } from './use-cases/import-boundaries';
import { importTemplate } from './use-cases/import-template';
import { community, locations, setBoundary, setPoint } from './use-cases/locations';
import { addStation, removeStation, stations } from './use-cases/stations';
import { previewImport } from './use-cases/preview-import';

/** The address book of the county: anyone signed in may read it to find their home; its admins import and keep it. */
export const placesModule = defineModule('places', {
  communities: defineAction({ authorize: anyone, input: placesInputs.communities, run: ({ db, actor }) => listCommunities(db, actor.countyId), readOnly: true }),
  buildings: defineAction({
        authorize: anyone,
input: placesInputs.buildings,
    run: ({ db, actor }, input) => listBuildings(db, actor.countyId, input.communityId),
    readOnly: true,
  }),
  units: defineAction({ authorize: anyone, input: placesInputs.units, run: ({ db, actor }, input) => listUnits(db, actor.countyId, input.buildingId), readOnly: true }),
  households: defineAction({
        authorize: anyone,
input: placesInputs.households,
    run: ({ db, actor }, input) => listHouseholds(db, actor.countyId, input.unitId),
    readOnly: true,
  }),
  importPreview: defineAction({ authorize: countyAdmin, input: placesInputs.importPreview, run: previewImport, readOnly: true }),
  importCommit: defineAction({ authorize: countyAdmin, input: placesInputs.importCommit, run: commitImport }),
  importTemplate: defineAction({ authorize: countyAdmin, input: placesInputs.importTemplate, run: importTemplate, readOnly: true }),
  departments: defineAction({ authorize: countyAdmin, input: placesInputs.departments, run: departments, readOnly: true }),
  addDepartment: defineAction({ authorize: countyAdmin, input: placesInputs.addDepartment, run: addDepartment, texts: { scene: 'profile', fields: (input) => ({ name: input.name }) } }),
  locations: defineAction({ authorize: countyAdmin, input: placesInputs.locations, run: locations, readOnly: true }),
  community: defineAction({ authorize: countyAdmin, input: placesInputs.community, run: community, readOnly: true }),
  setCommunityPoint: defineAction({ authorize: countyAdmin, input: placesInputs.setCommunityPoint, run: setPoint }),
  setCommunityBoundary: defineAction({ authorize: countyAdmin, input: placesInputs.setCommunityBoundary, run: setBoundary }),
  importBoundaries: defineAction({ authorize: countyAdmin, input: placesInputs.importBoundaries, run: importBoundaries }),
  stations: defineAction({ authorize: anyone, input: placesInputs.stations, run: stations, readOnly: true }),
  addStation: defineAction({ authorize: countyAdmin, input: placesInputs.addStation, run: addStation, texts: { scene: 'profile', fields: (input) => ({ name: input.name, address: input.address }) } }),
  removeStation: defineAction({ authorize: countyAdmin, input: placesInputs.removeStation, run: removeStation }),
});
