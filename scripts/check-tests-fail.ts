import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { templateAliases } from '../test/weapp/support/aliases';
import { startTestServer } from '../test/support/test-server';

/**
 * `npm run test:mutations`: tests that guard what matters most must be able
 * to fail. Each entry breaks what a test guards in a copy and runs that test
 * there; it must go red. The working tree is never touched.
 * - The race tests: a row lock, a unique key, a CHECK, a conditional debit
 *   removed in a copy of the repository, run on the same kind of PostgreSQL
 *   server as `npm test`.
 * - The compiled mini-program's tests: a tap binding or a template removed
 *   from a copy of dist/weapp/base.wxml, or the tab bar's tap binding from
 *   its custom-tab-bar/index.wxml (run after `taro build --type weapp`).
 */
interface Mutation {
  rule: string;
  file: string;
  replace: [from: string, to: string][];
  test: { file: string; name: string };
  /** A second file the same rule lives in (the database's backstop of an application check). */
  also?: { file: string; replace: [from: string, to: string][] };
}

const MUTATIONS: Mutation[] = [
  {
    // 问卷 小手拉大手: a child answers once, on their own WeChat and in child mode alike (issue 13).
    rule: "a child's answer is one row of questionnaire_respondents under its primary key (insert … on conflict do nothing), whichever phone sent it",
    file: 'server/db/migrations/008_building_notices_surveys.ts',
    replace: [['    user_id uuid not null references users(id),\n    primary key (questionnaire_id, user_id)\n', '    user_id uuid not null references users(id)\n']],
    test: { file: 'test/server/modules/questionnaires/children.db.test.ts', name: 'one answer per child' },
    also: { file: 'server/modules/questionnaires/repo.ts', replace: [[".onConflict((oc) => oc.columns(['questionnaireId', 'userId']).doNothing())", '']] },
  },
  {
    // 问卷 代填: a volunteer's daily cap (issue 16), taken by one conditional upsert that racing entries queue on.
    rule: "a volunteer's 代填 entry of the day is taken by one upsert that adds one only while under the cap",
    file: 'server/modules/questionnaires/repo.ts',
    replace: [["        .doUpdateSet({ entries: sql`questionnaire_proxy_days.entries + 1` })\n        .where('questionnaireProxyDays.entries', '<', cap),", "        .doUpdateSet({ entries: sql`questionnaire_proxy_days.entries + 1` }),"]],
    test: { file: 'test/server/modules/questionnaires/proxy-entries.db.test.ts', name: 'keeps a volunteer to the daily cap when the last entries race' },
  },
  {
    // 全县每日情况: the dashboard's daily counters add up under concurrent events (issue 16: no lost increments).
    rule: "a dashboard counter is added to inside its upsert (amount = amount + n under the row's lock), not read first and written back",
    file: 'server/modules/dashboard/repo.ts',
    replace: [
      [
        'do update set amount = dashboard_daily_counts.amount + excluded.amount`',
        'do update set amount = coalesce((select d.amount from dashboard_daily_counts d where d.county_id = excluded.county_id and d.day = excluded.day and d.metric = excluded.metric and d.area_id is not distinct from excluded.area_id and d.slot = excluded.slot), 0) + excluded.amount`',
      ],
    ],
    test: { file: 'test/server/modules/dashboard/dashboard.db.test.ts', name: 'loses no count when forty people report at the same moment' },
  },
  {
    // 全县每日情况 per 片区: twenty convention signatures at once, each under its signer's home's 片区 (issue 16), none lost.
    rule: "a convention signer is counted under the 片区 of their home, in the counter's own upsert, when many sign at once",
    file: 'server/modules/conventions/use-cases/sign-convention.ts',
    replace: [["metric: 'signers', at: now, areaId });", "metric: 'signers', at: now, areaId: null });"]],
    test: { file: 'test/server/modules/dashboard/dashboard.db.test.ts', name: 'counts twenty signatures at the same moment each under its signer' },
  },
  {
    // 任务与责任书: an overdue task is escalated once to its area sub-command, however many scheduler passes run at once (issue 16).
    rule: "a task's escalation is recorded under its primary key (insert … on conflict do nothing), and only the pass that recorded it tells anyone",
    file: 'server/db/migrations/031_tasks.ts',
    replace: [['    task_id uuid primary key references task_nodes(id),', '    task_id uuid not null references task_nodes(id),']],
    test: { file: 'test/server/modules/tasks/tasks.db.test.ts', name: 'however many passes run at once' },
    also: { file: 'server/modules/tasks/repo.ts', replace: [[".onConflict((oc) => oc.column('taskId').doNothing())", '']] },
  },
  {
    // 任务与责任书: two edits of a plan node at once (issue 16, editing the plan): each is written only onto the version it saw.
    rule: "a plan node's edit is written only onto the version the editor saw (update … where version = seen), so of two at once one is refused",
    file: 'server/modules/tasks/repo.ts',
    replace: [["    .set({ ...changes, version: sql<number>`version + 1` })\n    .where('countyId', '=', countyId)\n    .where('id', '=', id)\n    .where('version', '=', version)\n", "    .set({ ...changes, version: sql<number>`version + 1` })\n    .where('countyId', '=', countyId)\n    .where('id', '=', id)\n"]],
    test: { file: 'test/server/modules/tasks/plan-edits.db.test.ts', name: 'of twenty edits of the same node made on the same version' },
  },
  {
    // 督查暗访: two admins editing one inspection site at once: each edit is written only onto the version its admin saw.
    rule: "an inspection site's edit is written only onto the version the admin saw (update … where version = seen), so of two at once one is refused",
    file: 'server/modules/inspections/repo.ts',
    replace: [["    .where('id', '=', id)\n    .where('version', '=', version)\n    .returning('id')", "    .where('id', '=', id)\n    .returning('id')"]],
    test: { file: 'test/server/modules/inspections/site-edits.db.test.ts', name: 'of twenty edits of the same site made on the same version' },
  },
  {
    // 任务与责任书: a node moved under a parent being withdrawn at that moment never stays counted under it (issue 16, editing the plan).
    rule: "a move holds its new parent (select … for share), so a withdrawal of the parent sees the node arrive or the move sees the parent withdrawn",
    file: 'server/modules/tasks/repo.ts',
    replace: [[".where('id', '=', id).forShare().executeTakeFirst();", ".where('id', '=', id).executeTakeFirst();"]],
    test: { file: 'test/server/modules/tasks/plan-edits.db.test.ts', name: 'a move and a withdrawal of the parent it moves under' },
  },
  {
    // 督查暗访: two inspectors of a team submitting the same site at once (issue 16). Either guard alone keeps one inspection.
    rule: "a site's assignment row is locked while its inspection is written, with the unique (round, site) key behind it",
    file: 'server/modules/inspections/repo.ts',
    replace: [["where('roundId', '=', roundId).where('siteId', '=', siteId).forUpdate().execute();", "where('roundId', '=', roundId).where('siteId', '=', siteId).execute();"]],
    test: { file: 'test/server/modules/inspections/races.db.test.ts', name: 'leave one inspection of the site' },
    also: { file: 'server/db/migrations/030_inspections.ts', replace: [['    submitted_at timestamptz not null,\n    unique (round_id, site_id)\n', '    submitted_at timestamptz not null\n']] },
  },
  {
    // 积分超市: the last item goes once (issue 15: 100 residents for the last 5).
    rule: "a redemption takes an item by one conditional update (stock > 0), with the CHECK stock >= 0 behind it",
    file: 'server/modules/mall/repo.ts',
    replace: [["    .where('status', '=', 'listed')\n    .where('stock', '>', 0)\n", "    .where('status', '=', 'listed')\n"]],
    test: { file: 'test/server/modules/mall/races.db.test.ts', name: 'gives the last 5 items to exactly 5 of 100 residents' },
    also: { file: 'server/db/migrations/024_points_mall.ts', replace: [['stock integer not null default 0 check (stock >= 0)', 'stock integer not null default 0']] },
  },
  {
    // The limit lives in the statement that inserts, which runs once the person's points account is held.
    rule: "a person's redemptions of a reward are counted, against its limit, in the statement that inserts the redemption",
    file: 'server/modules/mall/repo.ts',
    replace: [['      from mine where mine.n < ${r.limit}\n', '      from mine\n']],
    test: { file: 'test/server/modules/mall/races.db.test.ts', name: 'keeps to the per-person limit when one person redeems the same reward twenty times at once' },
    also: { file: 'server/modules/mall/use-cases/redeem.ts', replace: [['if (made.mine >= r.perPersonLimit)', 'if (made.mine < 0)']] },
  },
  {
    // …and counted one after the other only because that account is locked first.
    rule: "one person's redemptions at once are served one after the other (their points account is locked before the count)",
    file: 'server/modules/mall/use-cases/redeem.ts',
    replace: [
      ['import { isInsufficientPoints, lockPersonAccount, transfer }', 'import { isInsufficientPoints, personBalance, transfer }'],
      ['await lockPersonAccount(db, actor.countyId, actor.userId);', 'await personBalance(db, actor.userId);'],
    ],
    test: { file: 'test/server/modules/mall/races.db.test.ts', name: 'keeps to the per-person limit when one person redeems the same reward twenty times at once' },
  },
  {
    rule: 'a pickup code is handed over by one conditional update (only while 待领取)',
    file: 'server/modules/mall/repo.ts',
    replace: [["    .set({ state: 'handed_over', handedOverAt: now, handedOverBy: by })\n    .where('countyId', '=', countyId)\n    .where('id', '=', redemptionId)\n    .where('state', '=', 'pending')\n", "    .set({ state: 'handed_over', handedOverAt: now, handedOverBy: by })\n    .where('countyId', '=', countyId)\n    .where('id', '=', redemptionId)\n"]],
    test: { file: 'test/server/modules/mall/races.db.test.ts', name: 'hands one code over once when staff type it twelve times at once' },
    // The resident's 已领取 message has a unique source key, a second backstop: without it too.
    also: { file: 'server/modules/mall/use-cases/hand-over.ts', replace: [['  await deliver(db, actor.countyId, [handedOverNotice(d)], now);\n', '']] },
  },
  {
    // 积分换互助: one of two helpers (issue 15).
    rule: 'a help request is accepted by one conditional update (only while open)',
    file: 'server/modules/help/repo.ts',
    replace: [["    .where('state', '=', 'open')\n    .where('postedBy', '<>', helper.id)\n", "    .where('postedBy', '<>', helper.id)\n"]],
    test: { file: 'test/server/modules/help/races.db.test.ts', name: 'gives a request to one of two helpers accepting at once' },
  },
  {
    rule: "a requester's posts are serialised (advisory lock) while their open requests are counted against the limit of 3",
    file: 'server/modules/help/repo.ts',
    replace: [['  await sql`select pg_advisory_xact_lock(hashtext(${`help:${countyId}:${key}`}))`.execute(db);\n', '  void sql;\n  void key;\n']],
    test: { file: 'test/server/modules/help/races.db.test.ts', name: 'lets one person hold at most 3 open requests when they post 10 at once' },
  },
  {
    rule: "a help request's row is locked while a side confirms it",
    file: 'server/modules/help/repo.ts',
    replace: [[".where('id', '=', id).forUpdate().executeTakeFirst()", ".where('id', '=', id).executeTakeFirst()"]],
    test: { file: 'test/server/modules/help/races.db.test.ts', name: 'pays the helper once when both sides confirm, each several times, at once' },
  },
  {
    // 积分换互助: a cancel the helper agrees to and the confirmation that completes the request, at once (issue 15).
    rule: "a help request's row is locked while the helper answers an ask to cancel, so agreeing and completing leave one outcome",
    file: 'server/modules/help/repo.ts',
    replace: [[".where('id', '=', id).forUpdate().executeTakeFirst()", ".where('id', '=', id).executeTakeFirst()"]],
    test: { file: 'test/server/modules/help/races.db.test.ts', name: 'leaves one outcome when the helper agrees to cancel and the requester completes the request at once' },
  },
  {
    // 积分有效期 × 互助: a helper's payment out of escrow is newly earned, not a refund (issue 15).
    rule: 'mutual help paid out of escrow counts as points earned on the day of the payment (EARNING_KINDS)',
    file: 'server/modules/points/domain/expiry.ts',
    replace: [["export const EARNING_KINDS = ['help_pay'] as const;", "export const EARNING_KINDS = ['none'] as const;"]],
    test: { file: 'test/server/modules/help/expiry.db.test.ts', name: "lets a helper's payment last the policy's 3 years from the day it was paid" },
  },
  {
    rule: 'an activity row is locked while its seats are given out',
    file: 'server/modules/activities/repo.ts',
    replace: [['  await sql`select 1 from activities where id = ${p.activityId} and county_id = ${p.countyId} for update`.execute(db);\n', '']],
    test: { file: 'test/server/modules/activities/sign-up.db.test.ts', name: 'gives 500 simultaneous sign-ups for 50 places' },
  },
  {
    rule: 'the convention version row is locked while a signer number is given',
    file: 'server/modules/conventions/repo.ts',
    replace: [['      for update of v\n', '']],
    test: { file: 'test/server/modules/conventions/sign-convention.db.test.ts', name: 'numbers 60 people signing at once 1 to 60' },
  },
  {
    rule: 'one vote per voter, family and day (unique key), and the day limit (CHECK)',
    file: 'server/db/migrations/004_family_campaigns.ts',
    replace: [
      ['unique (campaign_id, voter_id, day, dedupe_key)', 'check (true)'],
      ['check (count between 1 and day_limit)', 'check (true)'],
    ],
    test: { file: 'test/server/modules/families/voting.db.test.ts', name: 'counts exactly one of 200 parallel votes by one voter' },
  },
  {
    rule: 'an invitation is taken by one conditional update (only while nobody has taken it)',
    file: 'server/modules/appointments/repo.ts',
    replace: [["    .set({ acceptedBy: userId, acceptedAt: now })\n    .where('id', '=', id)\n    .where('acceptedAt', 'is', null)\n", "    .set({ acceptedBy: userId, acceptedAt: now })\n    .where('id', '=', id)\n"]],
    test: { file: 'test/server/modules/appointments/appointments.db.test.ts', name: 'gives one grant when twenty people accept one invitation at once' },
  },
  {
    // Without the debit's condition (and the CHECK behind it), racing spends overdraw.
    rule: 'a debit is one conditional update (balance >= amount), with the CHECK behind it',
    file: 'server/modules/points/repo.ts',
    replace: [['and balance >= ${t.amount} and not exists', 'and not exists']],
    test: { file: 'test/server/modules/points/ledger.property.db.test.ts', name: 'lets exactly five of twenty racing 10-point spends through a 50-point balance' },
    also: { file: 'server/db/migrations/007_volunteers_points.ts', replace: [["check (kind = 'pool' or balance >= 0)", 'check (true)']] },
  },
  {
    // Either guard alone keeps one step: the test goes red only without both.
    rule: 'a nomination moves only from the version it was read at (conditional update), and its history has one step per version (unique key)',
    file: 'server/modules/families/repo.ts',
    replace: [["    .where('id', '=', id)\n    .where('version', '=', expectedVersion)\n    .returning(AFTER_STEP)", "    .where('id', '=', id)\n    .returning(AFTER_STEP)"]],
    test: { file: 'test/server/modules/families/nomination-events.db.test.ts', name: 'leaves one reviewed step when reviewers decide at once' },
    also: { file: 'server/db/migrations/021_family_nomination_events.ts', replace: [['    unique (nomination_id, version),\n', '']] },
  },
  {
    // The same two guards for a good person's nomination (goodPeople, migration 022).
    rule: "a good person's nomination moves only from the version it was read at (conditional update), and its history has one step per version (unique key)",
    file: 'server/modules/goodPeople/repo.ts',
    replace: [["    .where('id', '=', id)\n    .where('version', '=', expectedVersion)\n    .returning(AFTER_STEP)", "    .where('id', '=', id)\n    .returning(AFTER_STEP)"]],
    test: { file: 'test/server/modules/goodPeople/nomination-history.db.test.ts', name: 'leaves one reviewed step when reviewers decide at once' },
    also: { file: 'server/db/migrations/022_good_person_events.ts', replace: [['    unique (good_person_id, version),\n', '']] },
  },
  {
    rule: "a guardian's row is locked while a child is checked and added",
    file: 'server/modules/households/use-cases/children.ts',
    replace: [['  await lockPerson(db, actor.userId);\n', '']],
    test: { file: 'test/server/modules/households/children.db.test.ts', name: 'adds a child once when the guardian taps 添加 twice at once' },
  },
  {
    rule: "a child's WeChat is set by one conditional update (only while the child has none)",
    file: 'server/modules/identity/repo.ts',
    replace: [["    .set({ openid })\n    .where('id', '=', childId)\n    .where('openid', 'is', null)\n", "    .set({ openid })\n    .where('id', '=', childId)\n"]],
    test: { file: 'test/server/modules/households/child-link.db.test.ts', name: 'links one phone when twenty phones link one code at once' },
  },
  {
    rule: "a person's points account is locked while the expiry pass works out and writes their expiry",
    file: 'server/modules/points/use-cases/expire-points.ts',
    replace: [['        await lockPersonAccount(trx, countyId, candidate.userId);\n', '']],
    test: { file: 'test/server/modules/points/expiry.db.test.ts', name: 'expires nothing more when the pass runs again, or three passes run at once' },
  },
  {
    // 复查未通过 (issue 16): the case is assigned again by the inspection of record, never by the partner who rechecked.
    rule: 'a 复查未通过 case is assigned again by the inspection of record, so its timeline never points at the rechecking inspector',
    file: 'server/modules/reports/use-cases/inspection-case.ts',
    replace: [["actor: { kind: 'admin', userId: loaded.state.reporterId }, departmentId", "actor: { kind: 'admin', userId: ctx.actor.userId }, departmentId"]],
    test: { file: 'test/server/modules/inspections/inspections.db.test.ts', name: 'when the partner of a two-inspector team finds the fix not done' },
  },
  {
    // 任务周报 (issue 16): a past week reads progress as of its end, so its page and CSV never change afterwards.
    rule: "a past week's report reads each task's progress as of the week's end, from the progress reports' history",
    file: 'server/modules/tasks/use-cases/weekly-report.ts',
    replace: [['progress: progressAtEnd.get(r.id) ?? 0,', 'progress: r.progress,']],
    test: { file: 'test/server/modules/tasks/tasks.db.test.ts', name: 'a past week reads progress as it stood at that week' },
  },
  {
    // A minor keeps no phone number (migration 041): the database empties it whichever code path writes one.
    rule: "a minor's row keeps no phone: a trigger on users empties it on every insert or update",
    file: 'server/db/migrations/041_site_versions_minor_phones.ts',
    replace: [['      new.phone := null;\n', '']],
    test: { file: 'test/server/db/minor-contacts-migration.db.test.ts', name: 'a child’s row written with a phone, by whatever path, keeps none' },
  },
];

const ROOT = path.resolve(__dirname, '..');
const COPIED = ['server', 'test', 'types', 'jest.config.js', 'tsconfig.json', 'babel.config.js', 'package.json'];

function copyOfRepository(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'civic-mutation-'));
  for (const entry of COPIED) cpSync(path.join(ROOT, entry), path.join(dir, entry), { recursive: true });
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Applies the edits in the copy; returns what puts the files back as they were. */
function edit(dir: string, relative: string, replace: [string, string][]): () => void {
  const file = path.join(dir, relative);
  const original = readFileSync(file, 'utf8');
  let text = original;
  for (const [from, to] of replace) {
    if (!text.includes(from)) throw new Error(`${relative} no longer contains ${JSON.stringify(from)}: update this mutation`);
    text = text.replace(from, to);
  }
  writeFileSync(file, text);
  return () => writeFileSync(file, original);
}

function mutate(dir: string, m: Mutation): () => void {
  const undo = [edit(dir, m.file, m.replace)];
  if (m.also) undo.push(edit(dir, m.also.file, m.also.replace));
  return () => undo.forEach((u) => u());
}

/** Runs one test in the copy; the number of its failed tests (and passed, to be sure it ran). */
async function runTest(dir: string, m: Mutation, databaseUrl: string): Promise<{ failed: number; passed: number }> {
  const out = path.join(dir, 'result.json');
  rmSync(out, { force: true });
  await new Promise<void>((resolve, reject) => {
    const child = spawn('npx', ['jest', '--selectProjects', 'integration', '--runTestsByPath', m.test.file, '-t', m.test.name, '--json', `--outputFile=${out}`], {
      cwd: dir,
      stdio: 'ignore',
      env: { ...process.env, DATABASE_URL: databaseUrl },
    });
    child.on('error', reject);
    child.on('exit', () => resolve());
  });
  const result = JSON.parse(readFileSync(out, 'utf8')) as { numFailedTests: number; numPassedTests: number };
  return { failed: result.numFailedTests, passed: result.numPassedTests };
}

/** Breaks the compiled templates: the weapp tests must notice, as WeChat would draw or do nothing. */
interface BuildMutation {
  rule: string;
  /** the file of the build it breaks; base.wxml unless said */
  file?: string;
  edit(wxml: string): string;
  test: { file: string; name: string };
}

const WEAPP = path.join(ROOT, 'dist/weapp');

/** base.wxml without the template of one element: WeChat would render nothing for it. */
function withoutTemplate(element: string): (wxml: string) => string {
  return (wxml) => {
    const start = wxml.indexOf(`<template name="tmpl_0_${templateAliases()[element]._num}">`);
    if (start < 0) return wxml;
    const end = wxml.indexOf('</template>', start) + '</template>'.length;
    return wxml.slice(0, start) + wxml.slice(end);
  };
}
const BUILD_MUTATIONS: BuildMutation[] = [
  {
    rule: 'taps reach Taro through bindtap="eh" in base.wxml',
    edit: (wxml) => wxml.replace(/ bindtap="eh"/g, ''),
    test: { file: 'test/weapp/home.weapp.test.ts', name: 'a tap on 文明公约 opens the convention list' },
  },
  {
    rule: 'base.wxml has the template of <pure-view> (a View with no handler: every page\'s frame)',
    edit: withoutTemplate('pure-view'),
    test: { file: 'test/weapp/home.weapp.test.ts', name: 'turns 大字模式 on with its switch' },
  },
  {
    rule: 'base.wxml has the template of <canvas> (a certificate is drawn on it before it is saved as a picture)',
    edit: withoutTemplate('canvas'),
    test: { file: 'test/weapp/flows.weapp.test.ts', name: "saves the convention certificate to the phone's album" },
  },
  {
    rule: 'a tap on the tab bar reaches it through bindtap="switchTab" in custom-tab-bar/index.wxml',
    file: 'custom-tab-bar/index.wxml',
    edit: (wxml) => wxml.replace(/ bindtap="switchTab"/g, ''),
    test: { file: 'test/weapp/tab-bar.weapp.test.ts', name: 'a tap switches tab' },
  },
];

function checkBuildMutation(m: BuildMutation): boolean {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'civic-weapp-mutation-'));
  try {
    cpSync(WEAPP, dir, { recursive: true });
    const file = path.join(dir, m.file ?? 'base.wxml');
    const before = readFileSync(file, 'utf8');
    const after = m.edit(before);
    if (after === before) throw new Error(`the mutation "${m.rule}" changed nothing in ${m.file ?? 'base.wxml'}: update it`);
    writeFileSync(file, after);
    const out = path.join(dir, 'result.json');
    spawnSync('npx', ['jest', '--selectProjects', 'weapp', '--runTestsByPath', m.test.file, '-t', m.test.name, '--json', `--outputFile=${out}`], {
      cwd: ROOT,
      stdio: 'ignore',
      env: { ...process.env, WEAPP_DIST: dir },
    });
    const result = JSON.parse(readFileSync(out, 'utf8')) as { numFailedTests: number; numPassedTests: number };
    const red = result.numFailedTests > 0 && result.numPassedTests === 0;
    console.log(`${red ? 'red, as it must be' : 'STILL GREEN'}  without: ${m.rule}  →  "${m.test.name}…" (${result.numFailedTests} failed, ${result.numPassedTests} passed)`);
    return red;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const only = process.argv[2];
  if (only === 'weapp') {
    if (!existsSync(path.join(WEAPP, 'base.wxml'))) throw new Error('dist/weapp is not built: run `npx taro build --type weapp` first');
    const wrong = BUILD_MUTATIONS.filter((m) => !checkBuildMutation(m)).length;
    if (wrong > 0) {
      console.error(`${wrong} weapp test(s) passed with the compiled templates broken: they cannot fail as written.`);
      process.exit(1);
    }
    return;
  }
  // MUTATION=<words of a rule>: only the rules that contain them (while working on one).
  const wanted = process.env.MUTATION;
  const queue = MUTATIONS.filter((x) => !wanted || x.rule.includes(wanted));
  // Two at a time, each in a copy of its own kept for the whole run (so jest's transform cache
  // stays warm between rules), all on one PostgreSQL server (DATABASE_URL's, or one embedded).
  const server = await startTestServer();
  let wrong = 0;
  const worker = async (): Promise<void> => {
    const dir = copyOfRepository();
    try {
      for (let m = queue.shift(); m; m = queue.shift()) {
        const undo = mutate(dir, m);
        try {
          const { failed, passed } = await runTest(dir, m, server.adminUrl);
          const red = failed > 0 && passed === 0;
          if (!red) wrong++;
          console.log(`${red ? 'red, as it must be' : 'STILL GREEN'}  without: ${m.rule}  →  "${m.test.name}…" (${failed} failed, ${passed} passed)`);
        } finally {
          undo();
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    await Promise.all([worker(), worker()]);
  } finally {
    await server.stop();
  }
  if (wrong > 0) {
    console.error(`${wrong} race test(s) passed with the rule they guard removed: they cannot fail as written.`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
