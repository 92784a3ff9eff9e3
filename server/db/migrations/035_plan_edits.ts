import { Kysely, sql } from 'kysely';

/**
 * Editing the command structure (issue 16, second stop).
 *
 * 任务与责任书: a plan node gets a version (every edit, move or withdrawal
 * is a conditional update on the version the command centre saw, so two
 * edits at once cannot lose one) and can be withdrawn (撤销): it stays, with
 * its progress reports, but no longer counts in any roll-up, report or
 * board. A trigger keeps every parent exactly one level above its child, so
 * a move can never put a node under itself or its own descendant.
 *
 * 督查暗访: a site can be edited and retired (no longer sampled into new
 * rounds). An inspection keeps the site as it was when it was inspected
 * (name, type, community, area, responsible unit), so a published bulletin
 * reads the same after a site is edited; old inspections are filled from the
 * site as it is now, and a row written without them is filled by a trigger.
 * Only additions.
 */
const statements = [
  `alter table task_nodes add column version integer not null default 1`,
  `alter table task_nodes add column withdrawn_at timestamptz`,
  `alter table task_nodes add column withdrawn_by uuid references users(id)`,
  `alter table task_nodes add column withdraw_reason text`,
  `alter table task_nodes add constraint task_nodes_withdrawn_check check ((withdrawn_at is null) = (withdraw_reason is null))`,
  `create function task_nodes_parent_level() returns trigger language plpgsql as $$
    declare parent_level text;
    begin
      if new.parent_id is null then return new; end if;
      select level into parent_level from task_nodes where id = new.parent_id and county_id = new.county_id;
      if parent_level is null
        or (new.level = 'year' and parent_level <> 'plan')
        or (new.level = 'month' and parent_level <> 'year')
        or (new.level = 'person' and parent_level <> 'month')
        or new.level = 'plan' then
        raise exception 'task node % cannot sit under a % node', new.id, coalesce(parent_level, 'missing') using errcode = 'check_violation';
      end if;
      return new;
    end $$`,
  `create trigger task_nodes_parent_level before insert or update of parent_id, level on task_nodes
    for each row execute function task_nodes_parent_level()`,
  `alter table inspection_sites add column retired_at timestamptz`,
  `alter table inspection_sites add column updated_at timestamptz`,
  `alter table inspections add column site_name text`,
  `alter table inspections add column site_type text`,
  `alter table inspections add column community_id uuid references communities(id)`,
  `alter table inspections add column area_id uuid references areas(id)`,
  `alter table inspections add column department_id uuid references departments(id)`,
  `update inspections i set site_name = s.name, site_type = s.site_type, community_id = s.community_id, area_id = s.area_id, department_id = s.department_id
    from inspection_sites s where s.id = i.site_id`,
  `create function inspections_site_snapshot() returns trigger language plpgsql as $$
    begin
      if new.site_name is null then
        select s.name, s.site_type, s.community_id, s.area_id, s.department_id
          into new.site_name, new.site_type, new.community_id, new.area_id, new.department_id
          from inspection_sites s where s.id = new.site_id;
      end if;
      return new;
    end $$`,
  `create trigger inspections_site_snapshot before insert on inspections
    for each row execute function inspections_site_snapshot()`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await sql.raw(statement).execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const statement of [
    `drop trigger inspections_site_snapshot on inspections`,
    `drop function inspections_site_snapshot()`,
    ...['site_name', 'site_type', 'community_id', 'area_id', 'department_id'].map((c) => `alter table inspections drop column ${c}`),
    `alter table inspection_sites drop column retired_at`,
    `alter table inspection_sites drop column updated_at`,
    `drop trigger task_nodes_parent_level on task_nodes`,
    `drop function task_nodes_parent_level()`,
    `alter table task_nodes drop constraint task_nodes_withdrawn_check`,
    ...['version', 'withdrawn_at', 'withdrawn_by', 'withdraw_reason'].map((c) => `alter table task_nodes drop column ${c}`),
  ]) {
    await sql.raw(statement).execute(db);
  }
}
