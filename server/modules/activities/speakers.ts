import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { publicGoodPeople } from '../goodPeople/facade';
import type { SpeakerCard } from './contracts';

/**
 * The activity's 讲述人 in the organiser's order, as public cards. The links
 * stay when a good person stops being public (consent withdrawn); the good
 * people module decides who is shown, so they drop out here at once.
 */
export async function speakersOf(db: Kysely<DB>, countyId: string, activityId: string): Promise<SpeakerCard[]> {
  const links = await db.selectFrom('activitySpeakers').select('goodPersonId').where('activityId', '=', activityId).where('countyId', '=', countyId).orderBy('position').execute();
  return publicGoodPeople(db, countyId, links.map((l) => l.goodPersonId));
}
