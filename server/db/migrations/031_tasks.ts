import { Kysely, sql } from 'kysely';

/**
 * 任务与责任书 (issue 16, tasks part): the command centre's plan as a tree
 * (plan → yearly targets → monthly tasks → a person's task), each node with its
 * lead, responsible and cooperating units, a deadline, a weight and (for a
 * person's task) an assignee; progress reports (a note, photos, a percentage),
 * append-only; one escalation per overdue task to its area sub-command (the
 * primary key keeps it to one, however many passes run at once); and the
 * units' signed 责任书, numbered by the convention engine (a county text of
 * the new kind `responsibility`, one signature per unit and version).
 *
 * Role grants and invitations learn the role `area_lead` (片区分指挥部) over the
 * new scope type `area` (widened only). Only additions.
 */
const ROLES = `'resident','minor','captain','volunteer','team_lead','staff','handler','admin','inspector','station'`;
const SCOPES = `'county','community','building','team','department','station'`;
const APPOINTABLE = `'admin','staff','captain','handler','team_lead','inspector','station'`;

const widen = (roles: string, scopes: string, appointable: string) => [
  `alter table role_grants drop constraint role_grants_role_check`,
  `alter table role_grants add constraint role_grants_role_check check (role in (${roles}))`,
  `alter table role_grants drop constraint role_grants_scope_type_check`,
  `alter table role_grants add constraint role_grants_scope_type_check check (scope_type in (${scopes}))`,
  `alter table invitations drop constraint invitations_role_check`,
  `alter table invitations add constraint invitations_role_check check (role in (${appointable}))`,
  `alter table invitations drop constraint invitations_scope_type_check`,
  `alter table invitations add constraint invitations_scope_type_check check (scope_type in (${scopes}))`,
];

const statements = [
  ...widen(`${ROLES},'area_lead'`, `${SCOPES},'area'`, `${APPOINTABLE},'area_lead'`),
  `alter table conventions drop constraint conventions_kind_check`,
  `alter table conventions add constraint conventions_kind_check check (kind in ('civic','residents','shop','responsibility'))`,
  `drop index conventions_one_county_text`,
  `create unique index conventions_one_county_text on conventions (county_id, kind) where kind in ('civic','shop','responsibility')`,
  `create table task_nodes (
    id uuid primary key,
    county_id uuid not null references counties(id),
    parent_id uuid references task_nodes(id),
    level text not null check (level in ('plan','year','month','person')),
    title text not null check (length(title) between 2 and 60),
    lead_unit_id uuid not null references departments(id),
    responsible_unit_ids uuid[] not null default '{}',
    cooperating_unit_ids uuid[] not null default '{}',
    area_id uuid references areas(id),
    due_on date not null,
    weight integer not null check (weight between 1 and 100),
    assignee_id uuid references users(id),
    -- A person's task: its latest reported percentage; done when it reaches 100.
    progress integer not null default 0 check (progress between 0 and 100),
    done_at timestamptz,
    created_by uuid not null references users(id),
    created_at timestamptz not null,
    check ((level = 'person') = (assignee_id is not null)),
    check ((level = 'plan') = (parent_id is null))
  )`,
  `create index task_nodes_by_parent on task_nodes (county_id, parent_id)`,
  `create index task_nodes_by_assignee on task_nodes (assignee_id) where assignee_id is not null`,
  `create index task_nodes_open_by_due on task_nodes (due_on) where done_at is null and level = 'person'`,
  `create table task_progress (
    id uuid primary key,
    county_id uuid not null references counties(id),
    task_id uuid not null references task_nodes(id),
    user_id uuid not null references users(id),
    percent integer not null check (percent between 0 and 100),
    note text not null default '',
    photos jsonb not null default '[]',
    created_at timestamptz not null
  )`,
  `create index task_progress_by_task on task_progress (task_id, created_at)`,
  `create trigger task_progress_append_only before update or delete on task_progress
    for each row execute function refuse_ledger_edit()`,
  `create table task_escalations (
    task_id uuid primary key references task_nodes(id),
    county_id uuid not null references counties(id),
    area_id uuid not null references areas(id),
    escalated_at timestamptz not null
  )`,
  `create index task_escalations_by_area on task_escalations (county_id, area_id, escalated_at)`,
  `create table task_letters (
    id uuid primary key,
    county_id uuid not null references counties(id),
    department_id uuid not null references departments(id),
    version_id uuid not null references convention_versions(id),
    user_id uuid not null references users(id),
    signer_no integer not null check (signer_no > 0),
    signed_at timestamptz not null,
    unique (department_id, version_id)
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['task_letters', 'task_escalations', 'task_progress', 'task_nodes']) await sql.raw(`drop table ${table}`).execute(db);
  await sql.raw(`delete from conventions where kind = 'responsibility'`).execute(db);
  for (const statement of [
    `delete from role_grants where role = 'area_lead' or scope_type = 'area'`,
    `delete from invitations where role = 'area_lead' or scope_type = 'area'`,
    `drop index conventions_one_county_text`,
    `create unique index conventions_one_county_text on conventions (county_id, kind) where kind in ('civic','shop')`,
    `alter table conventions drop constraint conventions_kind_check`,
    `alter table conventions add constraint conventions_kind_check check (kind in ('civic','residents','shop'))`,
    ...widen(ROLES, SCOPES, APPOINTABLE),
  ]) {
    await sql.raw(statement).execute(db);
  }
}
