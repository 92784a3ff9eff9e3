import { Insertable, Kysely, sql, Updateable } from 'kysely';
import type { DB, FamilyCampaignsTable, FamilyNominationsTable, NominationStatus } from '../../db/schema';
import { newId } from '../../core/ids';
import { contentHash, type NominationActorRole, type NominationEventType, type PublishedContent, type ReviewDecision } from './domain/nomination-events';

export function campaignsOf(db: Kysely<DB>, countyId: string) {
  return db
    .selectFrom('familyCampaigns as c')
    .selectAll('c')
    .select(sql<number>`(select count(*)::int from family_nominations n where n.campaign_id = c.id and n.status = 'approved')`.as('entries'))
    .where('c.countyId', '=', countyId)
    .orderBy('c.votingEndsAt', 'desc')
    .execute();
}

export function findCampaign(db: Kysely<DB>, countyId: string, campaignId: string) {
  return db
    .selectFrom('familyCampaigns as c')
    .selectAll('c')
    .select(sql<number>`(select count(*)::int from family_nominations n where n.campaign_id = c.id and n.status = 'approved')`.as('entries'))
    .where('c.countyId', '=', countyId)
    .where('c.id', '=', campaignId)
    .executeTakeFirst();
}

export type CampaignRow = NonNullable<Awaited<ReturnType<typeof findCampaign>>>;

export async function insertCampaign(db: Kysely<DB>, row: Insertable<FamilyCampaignsTable>): Promise<void> {
  await db.insertInto('familyCampaigns').values(row).execute();
}

/** A step of a nomination's history, as the use case that takes it tells it. */
export interface NominationStep {
  type: NominationEventType;
  actorId: string | null;
  actorRole: NominationActorRole;
  decision?: ReviewDecision;
  note?: string | null;
  /** This step sent the nomination back to the family for consent (a neighbour's revision after they agreed). */
  asksConsent?: boolean;
  at: Date;
}

/** Appends the step to the history, with the nomination's version and content as they now stand (same transaction). */
async function appendHistory(db: Kysely<DB>, moved: (PublishedContent & { id: string; countyId: string; version: number })[], step: NominationStep): Promise<void> {
  if (moved.length === 0) return;
  await db
    .insertInto('familyNominationEvents')
    .values(
      moved.map((n) => ({
        id: newId(),
        countyId: n.countyId,
        nominationId: n.id,
        version: n.version,
        type: step.type,
        actorId: step.actorId,
        actorRole: step.actorRole,
        decision: step.decision ?? null,
        note: step.note ?? null,
        contentHash: contentHash(n),
        childNameShown: n.childNameShown !== null,
        asksConsent: step.asksConsent ?? false,
        at: step.at,
      })),
    )
    .execute();
}

const AFTER_STEP = ['id', 'countyId', 'version', 'displayName', 'story', 'photos', 'childNameShown'] as const;

/** A new nomination, and its first step in the history: submitted by the child or the adult who nominated. */
export async function insertNomination(db: Kysely<DB>, row: Insertable<FamilyNominationsTable>): Promise<void> {
  const inserted = await db.insertInto('familyNominations').values(row).returning(AFTER_STEP).execute();
  await appendHistory(db, inserted, { type: 'submitted', actorId: row.nominatedBy, actorRole: row.nominatorKind === 'child' ? 'child' : 'nominator', at: new Date(row.createdAt) });
}

/** Nominations of the county by id, with their campaign's title (rows.ts adds the community's and the nominator's names). */
export async function nominationRecords(db: Kysely<DB>, countyId: string, nominationIds: readonly string[]) {
  const query = db.selectFrom('familyNominations as n').innerJoin('familyCampaigns as c', 'c.id', 'n.campaignId').selectAll('n').select(['c.title as campaignTitle']).where('n.countyId', '=', countyId);
  return nominationIds.length ? query.where('n.id', 'in', [...new Set(nominationIds)]).execute() : [];
}

export type NominationRecord = Awaited<ReturnType<typeof nominationRecords>>[number];

export function liveNominationOfHousehold(db: Kysely<DB>, campaignId: string, householdId: string) {
  return db
    .selectFrom('familyNominations')
    .select(['id', 'status'])
    .where('campaignId', '=', campaignId)
    .where('householdId', '=', householdId)
    .where('status', 'not in', ['rejected', 'withdrawn'])
    .executeTakeFirst();
}

/** Moves a nomination on only if nobody else did since it was read, and records the step in its history. */
export async function updateNomination(
  db: Kysely<DB>,
  id: string,
  expectedVersion: number,
  changes: Omit<Updateable<FamilyNominationsTable>, 'id' | 'version' | 'votes'> & { updatedAt: Date },
  step: NominationStep,
): Promise<boolean> {
  const moved = await db
    .updateTable('familyNominations')
    .set({ ...changes, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returning(AFTER_STEP)
    .execute();
  await appendHistory(db, moved, step);
  return moved.length === 1;
}

/** The history, oldest first (rows.ts adds each actor's name). */
export function historyRecordsOf(db: Kysely<DB>, countyId: string, nominationId: string) {
  return db
    .selectFrom('familyNominationEvents as e')
    .select(['e.version', 'e.type', 'e.actorId', 'e.actorRole', 'e.decision', 'e.note', 'e.contentHash', 'e.childNameShown', 'e.asksConsent', 'e.at'])
    .where('e.countyId', '=', countyId)
    .where('e.nominationId', '=', nominationId)
    .orderBy('e.version')
    .execute();
}

export type HistoryRecord = Awaited<ReturnType<typeof historyRecordsOf>>[number];

export function nominationsBy(db: Kysely<DB>, countyId: string, userId: string) {
  return db
    .selectFrom('familyNominations')
    .select('id')
    .where('countyId', '=', countyId)
    .where('nominatedBy', '=', userId)
    .orderBy('createdAt', 'desc')
    .execute();
}

/** Nominations of these households waiting for consent (candidates; the use case checks who may give it). */
export function awaitingConsentIn(db: Kysely<DB>, countyId: string, householdId: string) {
  return db
    .selectFrom('familyNominations')
    .select('id')
    .where('countyId', '=', countyId)
    .where('householdId', '=', householdId)
    .where('status', 'in', ['awaiting_consent', 'submitted', 'changes_requested', 'approved'])
    .orderBy('createdAt', 'desc')
    .execute();
}

/** Nominations of these communities (null: the whole county, for the command centre) in these states (family_nominations_review). */
function nominationsInScope(db: Kysely<DB>, countyId: string, communityIds: readonly string[] | null, statuses: readonly NominationStatus[]) {
  let query = db.selectFrom('familyNominations as n').where('n.countyId', '=', countyId).where('n.status', 'in', [...statuses]);
  if (communityIds !== null) query = communityIds.length ? query.where('n.communityId', 'in', [...communityIds]) : query.where(sql<boolean>`false`);
  return query;
}

export function nominationsForReview(db: Kysely<DB>, countyId: string, campaignId: string, communityIds: string[] | null, statuses: readonly NominationStatus[]) {
  return nominationsInScope(db, countyId, communityIds, statuses).select('n.id').where('n.campaignId', '=', campaignId).orderBy('n.updatedAt', 'asc').execute();
}

/**
 * How many nominations in these states the review queues list across the
 * county's campaigns whose results are not out yet (a finished campaign's
 * leftovers can no longer be reviewed).
 */
export async function countNominationsForReview(db: Kysely<DB>, countyId: string, communityIds: readonly string[] | null, statuses: readonly NominationStatus[]): Promise<number> {
  const row = await nominationsInScope(db, countyId, communityIds, statuses)
    .innerJoin('familyCampaigns as c', 'c.id', 'n.campaignId')
    .where('c.resultsFrozenAt', 'is', null)
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

/** The voting list, by the tally counter (never by counting votes); rows.ts names each community. */
export function approvedEntries(db: Kysely<DB>, campaignId: string) {
  return db
    .selectFrom('familyNominations as n')
    .leftJoin('householdStars as hs', 'hs.householdId', 'n.householdId')
    .select(['n.id', 'n.displayName', 'n.communityId', 'n.story', 'n.photos', 'n.nominatorKind', 'n.childNameShown', 'n.votes', 'hs.stars'])
    .where('n.campaignId', '=', campaignId)
    .where('n.status', '=', 'approved')
    .orderBy('n.votes', 'desc')
    .orderBy('n.id')
    .execute();
}

export function frozenResults(db: Kysely<DB>, campaignId: string) {
  return db
    .selectFrom('familyResults as r')
    .innerJoin('familyNominations as n', 'n.id', 'r.nominationId')
    .leftJoin('householdStars as hs', 'hs.householdId', 'n.householdId')
    .select(['n.id', 'n.displayName', 'n.communityId', 'n.story', 'n.photos', 'n.nominatorKind', 'n.childNameShown', 'r.votes', 'r.rank', 'hs.stars'])
    .where('r.campaignId', '=', campaignId)
    .where('n.status', '=', 'approved')
    .orderBy('r.rank')
    .orderBy('n.id')
    .execute();
}

/**
 * Campaigns whose voting has ended and whose ranking is not written yet: the
 * scheduler's worklist. Reading one here does not claim it; freezeResults does.
 */
export function campaignsToFreeze(db: Kysely<DB>, now: Date) {
  return db.selectFrom('familyCampaigns').select('id').where('votingEndsAt', '<=', now).where('resultsFrozenAt', 'is', null).execute();
}

/**
 * Writes the final ranking once (competition ranking: equal votes, equal
 * rank). Concurrent freezes race on the campaign row: the one that sets
 * results_frozen_at writes the rows, the other finds it set.
 */
export async function freezeResults(db: Kysely<DB>, campaignId: string, at: Date): Promise<void> {
  const claimed = await db
    .updateTable('familyCampaigns')
    .set({ resultsFrozenAt: at })
    .where('id', '=', campaignId)
    .where('resultsFrozenAt', 'is', null)
    .where('votingEndsAt', '<=', at)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1) return;
  await sql`
    insert into family_results (campaign_id, nomination_id, rank, votes)
    select campaign_id, id, rank() over (order by votes desc), votes
    from family_nominations where campaign_id = ${campaignId} and status = 'approved'`.execute(db);
}

/** One more vote for this voter today: the CHECK (count <= day_limit) refuses the one past the limit. Returns the day's count. */
/** What a vote needs of its family and campaign, in one lean read (the hot path). */
export function voteTarget(db: Kysely<DB>, countyId: string, nominationId: string) {
  return db
    .selectFrom('familyNominations as n')
    .innerJoin('familyCampaigns as c', 'c.id', 'n.campaignId')
    .select([
      'n.id',
      'n.status',
      'n.householdId',
      'n.displayName',
      'c.id as campaignId',
      'c.nominationStartsAt',
      'c.nominationEndsAt',
      'c.votingStartsAt',
      'c.votingEndsAt',
      'c.votesPerDay',
      'c.repeatSameFamily',
      'c.requireHousehold',
      'c.minorsMayVote',
      'c.familyVotesPerMinute',
    ])
    .where('n.countyId', '=', countyId)
    .where('n.id', '=', nominationId)
    .executeTakeFirst();
}

export async function votesUsedToday(db: Kysely<DB>, campaignId: string, voterId: string, day: string): Promise<number> {
  const row = await db
    .selectFrom('familyVoteDays')
    .select('count')
    .where('campaignId', '=', campaignId)
    .where('voterId', '=', voterId)
    .where('day', '=', day)
    .executeTakeFirst();
  return row?.count ?? 0;
}

/** Which counter's CHECK refused a vote (the statement then wrote nothing). */
export type VoteLimit = 'day' | 'minute';

/**
 * A vote, its limits and its tally in one statement (one round trip): the
 * vote row (a second one for the same family that day meets the unique key
 * and is skipped), the voter's counter for the day and the family's for the
 * minute (their CHECKs refuse the vote past the campaign's limits: the whole
 * statement fails and nothing is written), and the family's tally. The counters
 * and the tally move only when the vote row went in.
 */
export async function recordVote(
  db: Kysely<DB>,
  vote: { id: string; countyId: string; campaignId: string; nominationId: string; voterId: string; day: string; dedupeKey: string; at: Date; voterCreatedAt: Date; minute: Date; dayLimit: number; minuteLimit: number },
): Promise<{ inserted: false } | { inserted: true; usedToday: number; votes: number }> {
  const { rows } = await sql<{ usedToday: number | null; votes: number | null }>`
    with vote as (
      insert into family_votes (id, county_id, campaign_id, nomination_id, voter_id, day, dedupe_key, at, voter_created_at)
      values (${vote.id}, ${vote.countyId}, ${vote.campaignId}, ${vote.nominationId}, ${vote.voterId}, ${vote.day}, ${vote.dedupeKey}, ${vote.at}, ${vote.voterCreatedAt})
      on conflict (campaign_id, voter_id, day, dedupe_key) do nothing
      returning id
    ), voter_day as (
      insert into family_vote_days (campaign_id, voter_id, day, count, day_limit)
      select ${vote.campaignId}, ${vote.voterId}, ${vote.day}, 1, ${vote.dayLimit} from vote
      on conflict (campaign_id, voter_id, day) do update set count = family_vote_days.count + 1
      returning count
    ), family_minute as (
      -- Runs whether or not the final select reads it (PostgreSQL runs every data-modifying WITH to completion).
      insert into family_vote_minutes (nomination_id, minute, count, minute_limit)
      select ${vote.nominationId}, ${vote.minute}, 1, ${vote.minuteLimit} from vote
      on conflict (nomination_id, minute) do update set count = family_vote_minutes.count + 1
      returning count
    ), tally as (
      update family_nominations set votes = votes + 1
      where id = ${vote.nominationId} and exists (select 1 from vote)
      returning votes
    )
    select (select count from voter_day) as used_today, (select votes from tally) as votes`.execute(db);
  const row = rows[0];
  if (row.usedToday === null || row.votes === null) return { inserted: false };
  return { inserted: true, usedToday: row.usedToday, votes: row.votes };
}

/** The limit a CHECK violation of recordVote hit, by the constraint's name. */
export function voteLimitHit(error: unknown): VoteLimit | null {
  const e = error as { code?: unknown; table?: unknown } | null;
  if (e?.code !== '23514') return null;
  if (e.table === 'family_vote_days') return 'day';
  if (e.table === 'family_vote_minutes') return 'minute';
  return null;
}

/** Adds to the tally (voiding takes votes off); returns the new count (only for an approved entry). */
export async function addToTally(db: Kysely<DB>, nominationId: string, delta: number): Promise<number | undefined> {
  const row = await db
    .updateTable('familyNominations')
    .set((eb) => ({ votes: eb('votes', '+', delta) }))
    .where('id', '=', nominationId)
    .returning('votes')
    .executeTakeFirst();
  return row?.votes;
}

/** New-account votes for a family within a window (the evidence of a flag). */
export function newAccountVotes(db: Kysely<DB>, nominationId: string, from: Date, to: Date, newerThanHours: number) {
  return db
    .selectFrom('familyVotes')
    .select(['id', 'at', 'voterCreatedAt', 'voidedAt'])
    .where('nominationId', '=', nominationId)
    .where('at', '>=', from)
    .where('at', '<', to)
    .where(sql<boolean>`at - voter_created_at < make_interval(hours => ${newerThanHours})`)
    .orderBy('at')
    .execute();
}

export async function upsertFlag(
  db: Kysely<DB>,
  flag: { id: string; countyId: string; campaignId: string; nominationId: string; windowStart: Date; newAccountVotes: number; evidence: Record<string, unknown>; at: Date },
): Promise<void> {
  await db
    .insertInto('familyVoteFlags')
    .values({
      id: flag.id,
      countyId: flag.countyId,
      campaignId: flag.campaignId,
      nominationId: flag.nominationId,
      windowStart: flag.windowStart,
      newAccountVotes: flag.newAccountVotes,
      evidence: JSON.stringify(flag.evidence),
      createdAt: flag.at,
      updatedAt: flag.at,
    })
    .onConflict((oc) =>
      oc.columns(['nominationId', 'windowStart']).doUpdateSet({ newAccountVotes: flag.newAccountVotes, evidence: JSON.stringify(flag.evidence), updatedAt: flag.at }),
    )
    .execute();
}

/** The county's flags not marked resolved, with their campaign (to know whether its results are out). */
function flagsInCounty(db: Kysely<DB>, countyId: string) {
  return db
    .selectFrom('familyVoteFlags as f')
    .innerJoin('familyNominations as n', 'n.id', 'f.nominationId')
    .where('f.countyId', '=', countyId)
    .where('f.resolvedAt', 'is', null);
}

export function flagsOf(db: Kysely<DB>, countyId: string, campaignId: string) {
  return flagsInCounty(db, countyId)
    .select(['f.id', 'f.nominationId', 'n.displayName', 'f.windowStart', 'f.newAccountVotes', 'f.evidence'])
    .where('f.campaignId', '=', campaignId)
    .orderBy('f.windowStart', 'desc')
    .execute();
}

/**
 * Flags the admin still has to decide on: some of their votes still count
 * (the flags page offers those to void) and the campaign's results are not
 * out yet (after that no vote can be voided).
 */
export async function countOpenFlags(db: Kysely<DB>, countyId: string): Promise<number> {
  const row = await flagsInCounty(db, countyId)
    .innerJoin('familyCampaigns as c', 'c.id', 'f.campaignId')
    .where('c.resultsFrozenAt', 'is', null)
    .where(
      sql<boolean>`exists (
        select 1 from jsonb_array_elements(f.evidence -> 'votes') as e(vote)
        join family_votes v on v.id = (e.vote ->> 'voteId')::uuid
        where v.voided_at is null)`,
    )
    .select(sql<number>`count(*)::int`.as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

export function votesByIds(db: Kysely<DB>, countyId: string, ids: readonly string[]) {
  return db
    .selectFrom('familyVotes')
    .select(['id', 'campaignId', 'nominationId', 'at', 'voterCreatedAt', 'voidedAt'])
    .where('countyId', '=', countyId)
    .where('id', 'in', [...ids])
    .execute();
}

/** Voids the still-valid ones among `ids`; returns them per nomination so the tallies can follow. */
export async function voidVotes(db: Kysely<DB>, ids: readonly string[], by: string, reason: string, at: Date) {
  return db
    .updateTable('familyVotes')
    .set({ voidedAt: at, voidedBy: by, voidReason: reason })
    .where('id', 'in', [...ids])
    .where('voidedAt', 'is', null)
    .returning(['id', 'nominationId'])
    .execute();
}

/** Votes per family per Beijing day, valid and voided, for the audit export (rows.ts names each community). */
export async function votesPerFamilyPerDay(db: Kysely<DB>, campaignId: string) {
  const result = await sql<{ displayName: string; communityId: string; nominationId: string; day: string; valid: number; voided: number }>`
    select n.display_name, n.community_id, n.id as nomination_id, v.day,
      count(*) filter (where v.voided_at is null)::int as valid,
      count(*) filter (where v.voided_at is not null)::int as voided
    from family_votes v
    join family_nominations n on n.id = v.nomination_id
    where v.campaign_id = ${campaignId}
    group by n.display_name, n.community_id, n.id, v.day
    order by v.day, n.display_name, n.id`.execute(db);
  return result.rows;
}

export function starsOfHousehold(db: Kysely<DB>, countyId: string, householdId: string) {
  return db.selectFrom('householdStars').select(['criteria', 'stars', 'ratedAt']).where('countyId', '=', countyId).where('householdId', '=', householdId).executeTakeFirst();
}

export async function saveStars(db: Kysely<DB>, row: { householdId: string; countyId: string; criteria: boolean[]; stars: number; ratedBy: string; ratedAt: Date }): Promise<void> {
  const values = { ...row, criteria: JSON.stringify(row.criteria) };
  await db
    .insertInto('householdStars')
    .values(values)
    .onConflict((oc) => oc.column('householdId').doUpdateSet({ criteria: values.criteria, stars: row.stars, ratedBy: row.ratedBy, ratedAt: row.ratedAt }))
    .execute();
}

/** 注销: nominations the person made that no one has decided yet are withdrawn (a step of the system's); decided ones stay as the county's record. */
export async function withdrawOpenNominationsBy(db: Kysely<DB>, userId: string, at: Date): Promise<void> {
  const moved = await db
    .updateTable('familyNominations')
    .set((eb) => ({ status: 'withdrawn', updatedAt: at, version: eb('version', '+', 1) }))
    .where('nominatedBy', '=', userId)
    .where('status', 'in', ['awaiting_consent', 'submitted', 'changes_requested'])
    .returning(AFTER_STEP)
    .execute();
  await appendHistory(db, moved, { type: 'withdrawn', actorId: userId, actorRole: 'system', at });
}

/** A person's own nominations and how many votes they cast (their own data, for 个人信息查阅). */
export async function familyRecordOf(db: Kysely<DB>, userId: string) {
  const nominations = await db.selectFrom('familyNominations').select(['displayName', 'status', 'createdAt']).where('nominatedBy', '=', userId).orderBy('createdAt').execute();
  const votes = await db.selectFrom('familyVotes').select((eb) => eb.fn.countAll<string>().as('n')).where('voterId', '=', userId).executeTakeFirstOrThrow();
  return { nominations, votes: Number(votes.n) };
}
