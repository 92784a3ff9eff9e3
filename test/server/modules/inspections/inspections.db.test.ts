import { addPerson, data, errorCode, seedCounty } from '../../../support/app';
import { movableClock } from '../../../support/clock';
import { useTestDatabase } from '../../../support/db';
import { writeCounter } from '../../../support/write-counter';
import { findModule } from '../../../../server/modules';
import { dispatch } from '../../../../server/runtime/dispatch';
import { TINY_JPEG, uploadPhotos } from '../reports/report-fixtures';
import { answers, countsOf, formOf, MARKET, roundWith } from './inspection-fixtures';

const t = useTestDatabase();
jest.setTimeout(60_000);

describe('checklists', () => {
  it('keeps the version an old inspection used when the admin edits the checklist', async () => {
    const county = await seedCounty(t.db);
    const roundId = await roundWith(county);
    const input = await answers(county, roundId, 0);
    const before = await formOf(county, roundId);
    data(await county.as('inspector')('inspections', 'submit', input));
    const edited = data<any>(
      await county.as('admin')('inspections', 'saveChecklist', { siteType: '农贸市场', title: '农贸市场测评标准（修订）', items: [{ title: '地面干净', standard: '无垃圾无积水', points: 20 }] }),
    );
    expect(edited.version).toBe(before.checklist.version + 1);
    expect(data<any>(await county.as('admin')('inspections', 'checklist', { siteType: '农贸市场' })).items).toHaveLength(1);
    const stored = await t.db.selectFrom('inspections').select(['checklistId', 'maxScore']).where('roundId', '=', roundId).executeTakeFirstOrThrow();
    expect(stored).toEqual({ checklistId: before.checklist.id, maxScore: before.checklist.maxScore });
    const list = data<any[]>(await county.as('admin')('inspections', 'checklists'));
    expect(list.find((c) => c.siteType === '农贸市场')).toMatchObject({ version: edited.version, itemCount: 1, maxScore: 20 });
    expect(list.find((c) => c.siteType === '公共厕所')).toMatchObject({ id: null, itemCount: 0 });
  });
});

describe('a round', () => {
  it('samples at random within the chosen types and areas and deals the sites to the teams', async () => {
    const county = await seedCounty(t.db);
    const second = await addPerson(county, '冯督查', 'inspector', 'county', county.countyId);
    const areas = await t.db.selectFrom('areas').select(['id', 'name']).where('countyId', '=', county.countyId).execute();
    const east = areas.find((a) => a.name === '城东片区')!.id;
    const made = data<any>(
      await county.as('admin')('inspections', 'createRound', { title: '城东市场专项', kind: 'ad_hoc', sample: { siteTypes: ['农贸市场', '背街小巷'], areaIds: [east], count: 5 }, teams: [[county.people.inspector.userId], [second.userId]] }),
    );
    // 城东片区 has 幸福里农贸市场 and 幸福里东巷; 新华农贸市场 is in 城西片区.
    expect(made.sites).toBe(2);
    const round = data<any>(await county.as('admin')('inspections', 'round', { roundId: made.id }));
    expect(round.assignments.map((a: any) => a.site.name).sort()).toEqual(['幸福里东巷', '幸福里农贸市场']);
    expect(round.assignments.map((a: any) => a.inspectors.join()).sort()).toEqual(['冯督查', '郑国华']);
  });

  it('refuses a team member who is not an inspector', async () => {
    const county = await seedCounty(t.db);
    const answer = await county.as('admin')('inspections', 'createRound', { title: '第四季度暗访', kind: 'quarterly', siteIds: [county.inspectionSites['幸福里农贸市场']], teams: [[county.people.staff.userId]] });
    expect(errorCode(answer)).toBe('VALIDATION');
    expect(await t.db.selectFrom('inspectionRounds').select('id').where('countyId', '=', county.countyId).execute()).toEqual([]);
  });

  it('tells the inspector of their sites, and stays hidden from the inspected units and residents until it is published', async () => {
    const county = await seedCounty(t.db);
    const title = '第四季度暗访XYZ';
    const roundId = await roundWith(county, { title });
    const inbox = data<any>(await county.as('inspector')('inbox', 'list', {}));
    expect(JSON.stringify(inbox)).toContain('幸福里农贸市场');
    // The market's community staff (幸福里社区), the responsible unit's handler (县城市管理局) and residents.
    const outsiders = ['staff', 'handler', 'resident', 'captain'] as const;
    const reveals = async () => {
      const seen: string[] = [];
      for (const who of outsiders) {
        const calls: [string, string, unknown][] = [
          ['inspections', 'bulletins', {}],
          ['inspections', 'bulletin', { roundId }],
          ['inspections', 'rounds', {}],
          ['inspections', 'round', { roundId }],
          ['inspections', 'mySites', {}],
          ['inspections', 'siteForm', { roundId, siteId: county.inspectionSites['幸福里农贸市场'] }],
          ['inbox', 'list', {}],
          ['campaign', 'workbench', {}],
          ['campaign', 'summary', {}],
          ['campaign', 'todo', {}],
        ];
        for (const [module, action, input] of calls) {
          const text = JSON.stringify(await county.as(who)(module, action, input));
          if (text.includes(roundId) || text.includes(title)) seen.push(`${who} ${module}.${action}`);
        }
      }
      return seen;
    };
    expect(await reveals()).toEqual([]);
    // Even after the visit: the handler has the cases to fix, but nothing names the round.
    data(await county.as('inspector')('inspections', 'submit', await answers(county, roundId, 1)));
    const [caseId] = (await t.db.selectFrom('reports').select('id').where('countyId', '=', county.countyId).where('foundBy', '=', 'inspection').execute()).map((r) => r.id);
    expect(JSON.stringify(await county.as('handler')('reports', 'detail', { reportId: caseId }))).not.toContain(title);
    expect(await reveals()).toEqual([]);
    data(await county.as('admin')('inspections', 'publish', { roundId }));
    expect(JSON.stringify(data(await county.as('resident')('inspections', 'bulletins')))).toContain(title);
  });
});

describe('the bulletin list', () => {
  it('reads every published round in the same number of queries, with each round’s sites and average score', async () => {
    const county = await seedCounty(t.db);
    const { counter, plugin } = writeCounter();
    const runtime = { ...county.runtime, db: county.runtime.db.withPlugin(plugin) };
    const inspections = findModule('inspections')!;
    const list = async () => {
      counter.statements = 0;
      const answer: any[] = data<any>(await dispatch(runtime, inspections, { action: 'bulletins', input: {} }, { openid: county.people.resident.openid }));
      return { answer, statements: counter.statements };
    };
    const publishOne = async (title: string, fails: number) => {
      const roundId = await roundWith(county, { title });
      data(await county.as('inspector')('inspections', 'submit', await answers(county, roundId, fails)));
      data(await county.as('admin')('inspections', 'publish', { roundId }));
    };

    await publishOne('一月暗访', 0);
    const one = await list();
    expect(one.answer.map((b) => [b.title, b.sitesInspected, b.averageRate])).toEqual([['一月暗访', 1, 100]]);
    await publishOne('二月暗访', 1);
    await publishOne('三月暗访', 0);
    // An open round is not listed (nor counted).
    await roundWith(county, { title: '四月暗访' });
    const three = await list();
    expect(three.answer.map((b) => b.title)).toEqual(['三月暗访', '二月暗访', '一月暗访']);
    expect(three.answer[1].sitesInspected).toBe(1);
    expect(three.answer[1].averageRate).toBeLessThan(100);
    expect(three.statements).toBe(one.statements);
  });
});

describe('the inspector’s 工作台', () => {
  it('counts the sites still to visit in open rounds, one tap from 我的暗访点位', async () => {
    const county = await seedCounty(t.db);
    const desk = async () => data<any>(await county.as('inspector')('campaign', 'workbench', {})).desks.find((d: any) => d.role === 'inspector');
    expect((await desk()).tiles[0]).toMatchObject({ key: 'sites', count: 0, path: '/features/inspections/pages/my-sites/index' });
    const roundId = await roundWith(county);
    expect((await desk()).tiles[0].count).toBe(1);
    data(await county.as('inspector')('inspections', 'submit', await answers(county, roundId, 0)));
    expect((await desk()).tiles[0].count).toBe(0);
  });
});

describe('an inspection', () => {
  it('scores the items and turns each failed item into a case for the responsible unit, found by the inspection, with the round deadline', async () => {
    const county = await seedCounty(t.db);
    const roundId = await roundWith(county, { fixHours: 48 });
    const input = await answers(county, roundId, 2);
    const result = data<any>(await county.as('inspector')('inspections', 'submit', input));
    const form = await formOf(county, roundId);
    const lost = form.checklist.items[0].points + form.checklist.items[1].points;
    expect(result).toMatchObject({ score: form.checklist.maxScore - lost, maxScore: form.checklist.maxScore });
    expect(result.reportIds).toHaveLength(2);

    const queue = data<any[]>(await county.as('handler')('reports', 'handlerQueue', {}));
    // The queue's card says who found it (督查暗访发现), not "…反映" as for a resident's report.
    expect(queue.filter((c) => result.reportIds.includes(c.id)).map((c) => c.foundByInspection)).toEqual([true, true]);
    const detail = data<any>(await county.as('handler')('reports', 'detail', { reportId: result.reportIds[0] }));
    expect(detail).toMatchObject({ status: 'assigned', department: '县城市管理局', reporter: '督查暗访发现', foundByInspection: true });
    expect(Date.parse(detail.deadline) - Date.parse(detail.submittedAt)).toBe(48 * 3_600_000);
    expect(JSON.stringify(detail)).not.toContain('郑国华');
    expect(detail.beforePhotos).toEqual([input.items[0].photo]);
    // The handlers heard of both; the inspector earned no reporter points and has no 随手拍 of their own.
    const handlerInbox = JSON.stringify(data(await county.as('handler')('inbox', 'list', {})));
    expect(handlerInbox.split('督查发现问题').length - 1).toBe(2);
    const points = await t.db.selectFrom('pointTransfers').select('id').where('countyId', '=', county.countyId).where('kind', '=', 'report_accepted').execute();
    expect(points).toEqual([]);
    expect(data<any[]>(await county.as('inspector')('reports', 'mine', {}))).toEqual([]);
  });

  it('needs every item scored once, and a photo and the place for a failed item', async () => {
    const county = await seedCounty(t.db);
    const roundId = await roundWith(county);
    const input = await answers(county, roundId, 1);
    const noPhoto = { ...input, items: input.items.map((i: any, n: number) => (n === 0 ? { sort: i.sort, passed: false } : i)) };
    expect(errorCode(await county.as('inspector')('inspections', 'submit', noPhoto))).toBe('VALIDATION');
    const { latitude: _a, longitude: _b, ...nowhere } = input;
    expect(errorCode(await county.as('inspector')('inspections', 'submit', nowhere))).toBe('VALIDATION');
    // Every item of the checklist scored, once.
    const missing = { ...input, items: input.items.slice(1) };
    const twice = { ...input, items: [...input.items, { sort: input.items[1].sort, passed: true }] };
    expect(errorCode(await county.as('inspector')('inspections', 'submit', missing))).toBe('VALIDATION');
    expect(errorCode(await county.as('inspector')('inspections', 'submit', twice))).toBe('VALIDATION');
    expect((await countsOf(county)).inspections).toBe(0);
  });

  it('writes nothing of the inspection when a case cannot be made (a photo that is not the inspector’s own)', async () => {
    const county = await seedCounty(t.db);
    const roundId = await roundWith(county);
    const input = await answers(county, roundId, 2);
    const [foreign] = await uploadPhotos(county, 'resident', 1);
    const before = await countsOf(county);
    const bad = { ...input, items: input.items.map((i: any, n: number) => (n === 1 ? { ...i, photo: foreign } : i)) };
    expect(errorCode(await county.as('inspector')('inspections', 'submit', bad))).toBe('FORBIDDEN');
    expect(await countsOf(county)).toEqual(before);
    // The same visit with its own photos goes through.
    expect(data<any>(await county.as('inspector')('inspections', 'submit', input)).reportIds).toHaveLength(2);
  });

  it('is filled in only by the site’s team', async () => {
    const county = await seedCounty(t.db);
    const other = await addPerson(county, '冯督查', 'inspector', 'county', county.countyId);
    const roundId = await roundWith(county);
    const input = await answers(county, roundId, 0);
    expect(errorCode(await other.call('inspections', 'siteForm', { roundId, siteId: input.siteId }))).toBe('NOT_FOUND');
    expect(errorCode(await other.call('inspections', 'submit', input))).toBe('NOT_FOUND');
    expect(data<any[]>(await other.call('inspections', 'mySites', {}))).toEqual([]);
  });
});

describe('re-inspection', () => {
  it('closes a rectified item’s case, and waits while the department has not reported the fix', async () => {
    const county = await seedCounty(t.db);
    const roundId = await roundWith(county);
    const result = data<any>(await county.as('inspector')('inspections', 'submit', await answers(county, roundId, 1)));
    const [reportId] = result.reportIds;
    const recheck = { inspectionId: result.inspectionId, sort: 0 };
    expect(errorCode(await county.as('inspector')('inspections', 'recheck', recheck))).toBe('CONFLICT');

    const [after] = await uploadPhotos(county, 'handler', 1);
    data(await county.as('handler')('reports', 'fix', { reportId, note: '积水已清理，排水沟已疏通', photos: [after] }));
    data(await county.as('inspector')('inspections', 'recheck', recheck));
    const detail = data<any>(await county.as('handler')('reports', 'detail', { reportId }));
    expect(detail.status).toBe('closed');
    expect(detail.timeline.map((e: any) => e.by)).toContain('县创文督查组');
    const mine = data<any[]>(await county.as('inspector')('inspections', 'mySites', {}));
    expect(mine[0].inspection.findings).toEqual([expect.objectContaining({ sort: 0, rechecked: true })]);
    // Twice is the same as once.
    data(await county.as('inspector')('inspections', 'recheck', recheck));
  });

  it('sends a reported fix that is not there back to the department with a new deadline and the photos, and tells its handlers', async () => {
    const time = movableClock(new Date().toISOString());
    const county = await seedCounty(t.db, { clock: time.clock });
    const roundId = await roundWith(county, { fixHours: 48 });
    const result = data<any>(await county.as('inspector')('inspections', 'submit', await answers(county, roundId, 1)));
    const [reportId] = result.reportIds;
    const [still] = await uploadPhotos(county, 'inspector', 1);
    const failed = { inspectionId: result.inspectionId, sort: 0, reason: '排水沟还是堵的，地面仍有积水', photos: [still] };
    // Before the department reports a fix there is nothing to find wanting.
    expect(errorCode(await county.as('inspector')('inspections', 'recheckFailed', failed))).toBe('CONFLICT');
    // A photo of what is still wrong is required.
    expect(errorCode(await county.as('inspector')('inspections', 'recheckFailed', { ...failed, photos: [] }))).toBe('VALIDATION');

    const [after] = await uploadPhotos(county, 'handler', 1);
    data(await county.as('handler')('reports', 'fix', { reportId, note: '已清理', photos: [after] }));
    time.advanceHours(5);
    expect(data<any>(await county.as('inspector')('inspections', 'recheckFailed', failed))).toEqual({ reopened: true });

    const detail = data<any>(await county.as('handler')('reports', 'detail', { reportId }));
    expect(detail).toMatchObject({ status: 'assigned', department: '县城市管理局' });
    // The round's hours again, from the re-inspection.
    expect(Date.parse(detail.deadline) - time.clock.now().getTime()).toBe(48 * 3_600_000);
    expect(JSON.stringify(detail.timeline)).toContain('排水沟还是堵的');
    // The steps the re-inspection took are the inspection's, not a named inspector's.
    expect(detail.timeline.slice(-3).map((e: any) => e.by)).toEqual(['县创文督查组', '系统', '县创文督查组']);
    const told = await t.db.selectFrom('inboxMessages').select(['userId', 'title']).where('countyId', '=', county.countyId).where('title', '=', '督查复查未通过，请重新整改').execute();
    expect(told.map((m) => m.userId)).toEqual([county.people.handler.userId]);
    // Still 整改中: the next 复查 can close it once the department fixes it again.
    const mine = data<any[]>(await county.as('inspector')('inspections', 'mySites', {}));
    expect(mine[0].inspection.findings).toEqual([expect.objectContaining({ sort: 0, rechecked: false })]);
    const [again] = await uploadPhotos(county, 'handler', 1);
    data(await county.as('handler')('reports', 'fix', { reportId, note: '排水沟已疏通', photos: [again] }));
    data(await county.as('inspector')('inspections', 'recheck', { inspectionId: result.inspectionId, sort: 0 }));
    expect(data<any>(await county.as('handler')('reports', 'detail', { reportId })).status).toBe('closed');
    // Closed: nothing more to find wanting.
    expect(errorCode(await county.as('inspector')('inspections', 'recheckFailed', failed))).toBe('CONFLICT');
  });

  it('when the partner of a two-inspector team finds the fix not done, the case still says 县创文督查组 and nobody the case reaches sees the partner’s name', async () => {
    const county = await seedCounty(t.db);
    const partner = await addPerson(county, '冯督查', 'inspector', 'county', county.countyId);
    const roundId = await roundWith(county, { teams: [[county.people.inspector.userId, partner.userId]] });
    // 郑国华 files the visit; 冯督查 comes back for the 复查.
    const result = data<any>(await county.as('inspector')('inspections', 'submit', await answers(county, roundId, 1)));
    const [reportId] = result.reportIds;
    const [after] = await uploadPhotos(county, 'handler', 1);
    data(await county.as('handler')('reports', 'fix', { reportId, note: '已清理', photos: [after] }));
    const still = data<{ ref: string }>(await partner.call('files', 'upload', { data: TINY_JPEG })).ref;
    expect(data<any>(await partner.call('inspections', 'recheckFailed', { inspectionId: result.inspectionId, sort: 0, reason: '排水沟还是堵的', photos: [still] }))).toEqual({ reopened: true });

    const detail = data<any>(await county.as('handler')('reports', 'detail', { reportId }));
    expect(detail.status).toBe('assigned');
    expect(detail.timeline.slice(-3).map((e: any) => e.by)).toEqual(['县创文督查组', '系统', '县创文督查组']);
    // Every answer the handlers, the community's staff, the command centre, the inspector of record and residents get.
    const seen: unknown[] = [];
    for (const who of ['handler', 'staff', 'admin', 'inspector', 'resident', 'guardian'] as const) {
      const as = county.as(who);
      seen.push(await as('reports', 'detail', { reportId }), await as('inbox', 'list', {}));
    }
    seen.push(await county.as('handler')('reports', 'handlerQueue', {}), await county.as('staff')('reports', 'staffQueue', {}), await county.as('resident')('reports', 'gallery', {}));
    for (const answer of seen) expect(JSON.stringify(answer)).not.toContain('冯督查');
  });
});

describe('the bulletin', () => {
  it('ranks sites, communities, areas and units, shows the worst findings, and shows residents no inspector', async () => {
    const county = await seedCounty(t.db);
    const admin = county.as('admin');
    const roundId = data<any>(
      await admin('inspections', 'createRound', { title: '第四季度暗访', kind: 'quarterly', siteIds: [county.inspectionSites['幸福里农贸市场'], county.inspectionSites['新华农贸市场']], teams: [[county.people.inspector.userId]] }),
    ).id;
    expect(errorCode(await admin('inspections', 'publish', { roundId }))).toBe('CONFLICT');
    data(await county.as('inspector')('inspections', 'submit', await answers(county, roundId, 2, { site: '幸福里农贸市场' })));
    data(await county.as('inspector')('inspections', 'submit', await answers(county, roundId, 0, { site: '新华农贸市场' })));
    const published = data<any>(await admin('inspections', 'publish', { roundId }));
    expect(published.sites.map((s: any) => [s.rank, s.name, s.rate])).toEqual([
      [1, '新华农贸市场', 100],
      [2, '幸福里农贸市场', 66.7],
    ]);
    expect(published.communities.map((c: any) => c.name)).toEqual(['新华社区', '幸福里社区']);
    expect(published.areas.map((a: any) => a.name)).toEqual(['城西片区', '城东片区']);
    expect(published.departments.map((d: any) => d.name)).toEqual(['县市场监督管理局', '县城市管理局']);
    expect(published.redList.map((d: any) => d.name)).toEqual(['县市场监督管理局']);
    expect(published.blackList.map((d: any) => d.name)).toEqual(['县城市管理局']);
    expect(published.worstFindings).toHaveLength(2);
    expect(published.worstFindings[0]).toMatchObject({ site: '幸福里农贸市场', pointsLost: 10 });
    expect(published.inspectors).toEqual([expect.objectContaining({ names: ['郑国华'] }), expect.objectContaining({ names: ['郑国华'] })]);

    const forResidents = data<any>(await county.as('resident')('inspections', 'bulletin', { roundId }));
    expect(forResidents.inspectors).toBeUndefined();
    expect(JSON.stringify(forResidents)).not.toContain('郑国华');
    expect(forResidents.sites).toEqual(published.sites);
    // The staff of the inspected community heard of it; publishing twice is refused.
    expect(JSON.stringify(data(await county.as('staff')('inbox', 'list', {})))).toContain('督查通报：第四季度暗访');
    expect(errorCode(await admin('inspections', 'publish', { roundId }))).toBe('CONFLICT');
    // The inspectors may no longer fill in a published round.
    expect(errorCode(await county.as('inspector')('inspections', 'siteForm', { roundId, siteId: county.inspectionSites['新华农贸市场'] }))).toBe('CLOSED');
    expect(MARKET.latitude).toBeGreaterThan(0);
  });
});
