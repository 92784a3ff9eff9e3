import { Kysely, sql } from 'kysely';

/**
 * 小手拉大手: a questionnaire may be meant for children (for_children). Such a
 * one is shown to minors only — on their own WeChat or in child mode — and an
 * adult's never to them; it is always anonymous (no child's name ever sits
 * beside an answer) and goes to the county or one community. Only additions.
 */
const statements = [
  `alter table questionnaires add column for_children boolean not null default false`,
  `alter table questionnaires add constraint questionnaires_children_anonymous check (not for_children or (anonymous and audience_type in ('county', 'community')))`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql.raw('alter table questionnaires drop constraint questionnaires_children_anonymous').execute(db);
  await sql.raw('alter table questionnaires drop column for_children').execute(db);
}
