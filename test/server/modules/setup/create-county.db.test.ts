import { randomUUID } from 'node:crypto';
import { localWordFilter } from '../../../../server/core/content-safety/local-word-filter';
import { memoryFileStore } from '../../../../server/core/files/memory-file-store';
import { beijingDay, systemClock } from '../../../../server/core/clock';
import { findModule } from '../../../../server/modules';
import { createCounty } from '../../../../server/modules/setup/create-county';
import { createAdminClaim } from '../../../../server/modules/appointments/facade';
import { dispatch } from '../../../../server/runtime/dispatch';
import type { Runtime } from '../../../../server/runtime/runtime';
import { data, errorCode } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';

const t = useTestDatabase();

/** A WeChat user calling a module the way the cloud function would (no default county: a fresh deployment). */
function phone(openid: string) {
  const runtime: Runtime = { db: t.db, clock: systemClock, contentSafety: localWordFilter(), files: memoryFileStore() };
  return (module: string, action: string, input: unknown = {}) => dispatch(runtime, findModule(module)!, { action, input }, { openid });
}

describe('setting up a county', () => {
  it('gives a new county its own texts, the problem types and the eighteen teams, and nobody yet', async () => {
    const created = await t.db.transaction().execute((trx) => createCounty(trx, { name: '云溪县', campaignName: '云溪县创建全国文明城市', campaignStart: '2026-03-01' }, new Date(), 'county-cli'));
    const texts = await t.db.selectFrom('conventionVersions').select(['title', 'preamble']).where('countyId', '=', created.countyId).orderBy('title').execute();
    const year = beijingDay(new Date()).slice(0, 4);
    expect(texts).toEqual([
      // The year's 目标责任书, which each unit signs (任务与责任书).
      { title: `云溪县${year}年度创建全国文明城市目标责任书`, preamble: `为完成${year}年度创建全国文明城市各项目标任务，本单位自愿签订本责任书，承诺做到：` },
      { title: '云溪县市民文明公约', preamble: '为建设文明、和谐、美丽的云溪，争创全国文明城市，我们共同约定：' },
      { title: '门前六包责任书', preamble: '本店自愿签订门前六包责任书，做好门前责任区的管理，承诺做到：' },
    ]);
    expect(await t.db.selectFrom('reportCategories').select('name').where('countyId', '=', created.countyId).execute()).toHaveLength(11);
    expect(await t.db.selectFrom('volunteerTeams').select('name').where('countyId', '=', created.countyId).execute()).toHaveLength(18);
    expect(await t.db.selectFrom('users').select('id').where('countyId', '=', created.countyId).execute()).toEqual([]);
    expect(created.adminClaim.code).toMatch(/^\d{6}$/);
  });

  it('audits the county\'s creation and each admin claim code issued, as the tool that did it, without the code', async () => {
    const created = await t.db.transaction().execute((trx) => createCounty(trx, { name: '云溪县', campaignName: '云溪县创建全国文明城市', campaignStart: '2026-03-01' }, new Date(), 'county-cli'));
    // `npm run county -- claim-code`: a fresh claim for the same county.
    const again = await t.db.transaction().execute((trx) => createAdminClaim(trx, created.countyId, new Date(), 'county-cli'));
    const audit = await t.db.selectFrom('auditEvents').select(['action', 'actorId', 'actorRole', 'subjectType', 'subjectId', 'data']).where('countyId', '=', created.countyId).orderBy('at').orderBy('action', 'desc').execute();
    expect(audit.map((a) => [a.action, a.actorId, a.actorRole, a.subjectType])).toEqual([
      ['county.create', null, 'county-cli', 'county'],
      ['appointment.claim_issued', null, 'county-cli', 'invitation'],
      ['appointment.claim_issued', null, 'county-cli', 'invitation'],
    ]);
    expect(audit[0]).toMatchObject({ subjectId: created.countyId, data: { name: '云溪县', campaignName: '云溪县创建全国文明城市', campaignStart: '2026-03-01' } });
    expect(audit.slice(1).map((a) => a.subjectId).sort()).toEqual([again.id, (await t.db.selectFrom('invitations').select('id').where('code', '=', created.adminClaim.code).where('countyId', '=', created.countyId).executeTakeFirstOrThrow()).id].sort());
    expect(JSON.stringify(audit)).not.toContain(created.adminClaim.code);
    expect(JSON.stringify(audit)).not.toContain(again.code);
  });

  it('makes the first person who opens the claim code the county\'s admin; the code then stops working', async () => {
    const created = await t.db.transaction().execute((trx) => createCounty(trx, { name: '云溪县', campaignName: '云溪县创建全国文明城市', campaignStart: '2026-03-01' }, new Date(), 'county-cli'));
    const first = phone(`claim-${randomUUID()}`);
    const opened = data<any>(await first('appointments', 'open', { code: created.adminClaim.code }));
    expect(opened.invitation).toMatchObject({ roleLabel: '创文办管理员', scopeName: '云溪县', invitedBy: '云溪县创文指挥部', note: '县创文指挥部管理员' });
    data(await first('appointments', 'accept', { invitationId: opened.invitation.id, secret: created.adminClaim.code }));
    const me = data<any>(await first('identity', 'me', {}));
    expect(me.county).toEqual({ id: created.countyId, name: '云溪县' });
    expect(me.roles.map((r: any) => r.role).sort()).toEqual(['admin', 'resident']);

    const late = phone(`claim-${randomUUID()}`);
    expect(data<any>(await late('appointments', 'open', { code: created.adminClaim.code })).found).toBe(false);
    expect(errorCode(await late('appointments', 'accept', { invitationId: opened.invitation.id, secret: created.adminClaim.code }))).toBe('CONFLICT');
    // Without a default county a stranger is nobody: no other action registers them.
    expect(errorCode(await late('identity', 'me', {}))).toBe('UNAUTHENTICATED');
  });
});
