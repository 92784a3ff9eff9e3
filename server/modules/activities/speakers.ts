import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { publicGoodPeople } from '../goodPeople/facade';
import type { SpeakerCard } from './contracts';
import { speakerIdsOf } from './repo';

/**
 * The activity's 讲述人 in the organiser's order, as public cards. The links
 * stay when a good person stops being public (consent withdrawn); the good
 * people module decides who is shown, so they drop out here at once.
 */
export async function speakersOf(db: Kysely<DB>, countyId: string, activityId: string): Promise<SpeakerCard[]> {
  return publicGoodPeople(db, countyId, await speakerIdsOf(db, countyId, activityId));
}
