import { Kysely, sql } from 'kysely';

/**
 * Two rules left over (issue 16).
 *
 * 督查暗访: an inspection site gets a version. An edit is written only onto
 * the version the admin saw (update … where version = seen), so of two
 * admins editing one site at once one is written and the other is told to
 * reload, never silently overwritten.
 *
 * No contact data from minors: the server refuses a minor's phone now, but
 * numbers stored before the rule are still here. `clearMinorsContacts` clears
 * every place a minor's number can sit, for the people who are minors now by
 * the rule's own definition (identity/domain/minor.ts: a birth month from 18
 * years before this Beijing month on; without a birth month, the stored flag):
 * - users.phone: the number WeChat gave for the minor's own account;
 * - volunteer_profiles.phone: the number a minor typed when registering;
 * - shops.contact_phone of a shop a minor pledged for (its owner);
 * - good_people.nominee_contact of a nomination whose number is a minor's own
 *   (it matched the minor's account, or the minor's guardians were asked in
 *   the app in their place).
 * The required columns are emptied, not dropped: the rows stay for what
 * points at them. Nothing else changes, and a second run finds nothing left:
 * it can run again, on a live database, in short single-statement updates.
 *
 * And nothing keeps a minor's number afterwards: a trigger empties
 * users.phone whenever a row is written for someone who is a minor (a child
 * added by a guardian, a birth month set that makes someone a minor),
 * whichever code path wrote it, and with it the same person's numbers above.
 */

/** Whether the `users` row aliased `u` is a minor now (the same rule as isMinorNow). */
const IS_MINOR = (u: string) =>
  `(case when ${u}.birth_month is not null then ${u}.birth_month >= to_char((now() at time zone 'Asia/Shanghai') - interval '18 years', 'YYYY-MM') else ${u}.is_minor end)`;

const statements = [
  `alter table inspection_sites add column version integer not null default 1`,
  `create function users_no_minor_phone() returns trigger language plpgsql as $$
    begin
      if not ${IS_MINOR('new')} then return new; end if;
      if tg_op = 'UPDATE' and old.phone is not null then
        update good_people set nominee_contact = '' where county_id = new.county_id and nominee_contact = old.phone;
      end if;
      if tg_op = 'UPDATE' then
        update volunteer_profiles set phone = '' where user_id = new.id and phone <> '';
        update shops set contact_phone = '' where owner_id = new.id and contact_phone <> '';
      end if;
      new.phone := null;
      return new;
    end $$`,
  `create trigger users_no_minor_phone before insert or update of phone, birth_month, is_minor on users
    for each row execute function users_no_minor_phone()`,
];

/** Empties every stored number of a person who is a minor now (see above); `countyId` limits it to one county (tests). Idempotent. */
export async function clearMinorsContacts(db: Kysely<unknown>, countyId?: string): Promise<void> {
  const county = (alias: string) => (countyId ? sql` and ${sql.ref(`${alias}.county_id`)} = ${countyId}` : sql``);
  const minors = sql.raw(IS_MINOR('u'));
  // The nominations first: a minor's number is recognised by their account's phone, cleared below.
  await sql`
    update good_people g set nominee_contact = ''
    where g.nominee_contact <> ''${county('g')}
      and (exists (select 1 from users u where u.county_id = g.county_id and u.phone = g.nominee_contact and ${minors})
        or exists (select 1 from good_person_consent_asks a where a.good_person_id = g.id and a.answerer_role = 'guardian'))`.execute(db);
  await sql`
    update volunteer_profiles v set phone = ''
    from users u where u.id = v.user_id and v.phone <> '' and ${minors}${county('v')}`.execute(db);
  await sql`
    update shops s set contact_phone = ''
    from users u where u.id = s.owner_id and s.contact_phone <> '' and ${minors}${county('s')}`.execute(db);
  await sql`update users u set phone = null where u.phone is not null and ${minors}${county('u')}`.execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
  await clearMinorsContacts(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('drop trigger users_no_minor_phone on users').execute(db);
  await sql.raw('drop function users_no_minor_phone()').execute(db);
  await sql.raw('alter table inspection_sites drop column version').execute(db);
}
