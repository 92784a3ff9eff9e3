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
  communities: defineAction({ input: placesInputs.communities, run: ({ db, actor }) => listCommunities(db, actor.countyId), readOnly: true }),
  buildings: defineAction({
    input: placesInputs.buildings,
    run: ({ db, actor }, input) => listBuildings(db, actor.countyId, input.communityId),
    readOnly: true,
  }),
  units: defineAction({ input: placesInputs.units, run: ({ db, actor }, input) => listUnits(db, actor.countyId, input.buildingId), readOnly: true }),
  households: defineAction({
    input: placesInputs.households,
    run: ({ db, actor }, input) => listHouseholds(db, actor.countyId, input.unitId),
    readOnly: true,
  }),
  importPreview: defineAction({ input: placesInputs.importPreview, run: previewImport, readOnly: true }),
  importCommit: defineAction({ input: placesInputs.importCommit, run: commitImport }),
  importTemplate: defineAction({ input: placesInputs.importTemplate, run: importTemplate, readOnly: true }),
  departments: defineAction({ input: placesInputs.departments, run: departments, readOnly: true }),
  addDepartment: defineAction({ input: placesInputs.addDepartment, run: addDepartment }),
  locations: defineAction({ input: placesInputs.locations, run: locations, readOnly: true }),
  community: defineAction({ input: placesInputs.community, run: community, readOnly: true }),
  setCommunityPoint: defineAction({ input: placesInputs.setCommunityPoint, run: setPoint }),
  setCommunityBoundary: defineAction({ input: placesInputs.setCommunityBoundary, run: setBoundary }),
  importBoundaries: defineAction({ input: placesInputs.importBoundaries, run: importBoundaries }),
  stations: defineAction({ input: placesInputs.stations, run: stations, readOnly: true }),
  addStation: defineAction({ input: placesInputs.addStation, run: addStation }),
  removeStation: defineAction({ input: placesInputs.removeStation, run: removeStation }),
});
