import { Kysely, sql } from 'kysely';

/**
 * 随手拍 workflow: who uploaded which photo (only the uploader may attach
 * it), the inbox that tells people what changed, and what the queues, the
 * gallery and the scoreboard read from a report row without replaying events.
 */
const statements = [
  `create table uploads (
    id uuid primary key,
    county_id uuid not null references counties(id),
    owner_id uuid not null references users(id),
    file_ref text not null unique,
    content_type text not null check (content_type in ('image/jpeg','image/png','image/webp')),
    bytes integer not null check (bytes > 0),
    created_at timestamptz not null
  )`,
  `create index uploads_by_owner on uploads (owner_id, created_at desc)`,

  `alter table reports add column rating smallint check (rating between 1 and 5)`,
  `alter table reports add column fixed_at timestamptz`,
  // The handler's queue: their department's working cases, already in deadline
  // order, so the first page is read without sorting the whole backlog.
  `create index reports_by_department on reports (county_id, department_id, deadline, id) where status in ('assigned','in_progress')`,
  `create index reports_fixed_by_department on reports (county_id, department_id, fixed_at desc) where fixed_at is not null`,
  // Staff review: their community's cases waiting for them.
  `create index reports_by_community on reports (county_id, community_id, status, submitted_at)`,
  // The command centre's overdue list and the scheduler, across departments; the gallery of fixes.
  `create index reports_working_by_deadline on reports (county_id, deadline) where status in ('assigned','in_progress')`,
  `create index reports_overdue_unescalated on reports (deadline) where status in ('assigned','in_progress') and not escalated`,
  `create index reports_by_fix on reports (county_id, fixed_at desc) where fixed_at is not null`,
  `create index report_events_by_department on report_events (county_id, department_id, type)`,

  // Photos of each step: the problem (submitted), each fix, a dispute.
  `alter table report_photos add column event_seq integer not null default 1 check (event_seq > 0)`,
  `alter table report_photos drop constraint report_photos_pkey`,
  `alter table report_photos add primary key (report_id, event_seq, sort)`,
  `alter table report_photos drop constraint report_photos_stage_check`,
  `alter table report_photos add constraint report_photos_stage_check check (stage in ('before','after','dispute'))`,

  // One inbox for everything the product tells a person; source_key makes each notice once.
  `create table inbox_messages (
    id uuid primary key,
    county_id uuid not null references counties(id),
    user_id uuid not null references users(id),
    kind text not null,
    title text not null,
    body text not null,
    link text,
    source_key text not null,
    created_at timestamptz not null,
    read_at timestamptz,
    unique (user_id, source_key)
  )`,
  `create index inbox_by_user on inbox_messages (user_id, created_at desc)`,
  `create index inbox_unread on inbox_messages (user_id) where read_at is null`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) {
    await sql.raw(statement).execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    'drop table inbox_messages',
    `alter table report_photos drop constraint report_photos_stage_check`,
    `alter table report_photos add constraint report_photos_stage_check check (stage in ('before','after'))`,
    'alter table report_photos drop constraint report_photos_pkey',
    'alter table report_photos add primary key (report_id, stage, sort)',
    'alter table report_photos drop column event_seq',
    'drop index report_events_by_department',
    'drop index reports_by_fix',
    'drop index reports_overdue_unescalated',
    'drop index reports_working_by_deadline',
    'drop index reports_fixed_by_department',
    'drop index reports_by_community',
    'drop index reports_by_department',
    'alter table reports drop column fixed_at',
    'alter table reports drop column rating',
    'drop table uploads',
  ]) {
    await sql.raw(statement).execute(db);
  }
}
