import { actorByOpenid, childrenOf, forgetUser, profileOf, insertChild, insertGuardianships, wardActor, deleteGrant, findGrant, grantRole, guardiansOf, lockedAdminCount, lockPerson, postsInCounty, registerResident, wardsOf } from './repo';

export { actorByOpenid, childrenOf, forgetUser, profileOf, insertChild, insertGuardianships, wardActor, deleteGrant, findGrant, grantRole, guardiansOf, lockedAdminCount, lockPerson, postsInCounty, registerResident, wardsOf };
export { usersByPhone } from './repo';
export { adultBornBefore, ageInYears, isMinorNow, isUnder14 } from './domain/minor';
export { childRecord, giveChildWeChat } from './repo';
/** Display names of a set of people (one query for the whole set): what another module shows beside its own rows. */
export { namesOfUsers as userNames } from './repo';
