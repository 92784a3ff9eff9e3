import { actorByOpenid, deleteGrant, findGrant, grantRole, guardiansOf, lockedAdminCount, postsInCounty, registerResident, wardsOf } from './repo';

export { actorByOpenid, deleteGrant, findGrant, grantRole, guardiansOf, lockedAdminCount, postsInCounty, registerResident, wardsOf };
export { countyOf } from './repo';
