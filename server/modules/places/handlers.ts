import { defineAction, defineModule } from '../../core/action';
import { placesInputs } from './contracts';
import { listBuildings, listCommunities, listHouseholds, listUnits } from './repo';

/** The address book of the county: anyone signed in may read it to find their home. */
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
});
