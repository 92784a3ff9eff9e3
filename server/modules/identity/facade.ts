import { actorByOpenid, childrenOf, countyExists, forgetUser, profileOf, insertChild, insertGuardianships, wardActor, deleteGrant, findGrant, grantRole, guardiansOf, lockedAdminCount, lockPerson, postsInCounty, registerResident, wardsOf } from './repo';

export { actorByOpenid, childrenOf, countyExists, forgetUser, profileOf, insertChild, insertGuardianships, wardActor, deleteGrant, findGrant, grantRole, guardiansOf, lockedAdminCount, lockPerson, postsInCounty, registerResident, wardsOf };
export { countyOf, usersByPhone } from './repo';
export { adultBornBefore, ageInYears, isMinorNow, isUnder14 } from './domain/minor';
export { childRecord, giveChildWeChat } from './repo';
