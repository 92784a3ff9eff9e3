import { randomUUID } from 'node:crypto';
import { localWordFilter } from '../../../../server/core/content-safety/local-word-filter';
import { memoryFileStore } from '../../../../server/core/files/memory-file-store';
import { systemClock } from '../../../../server/core/clock';
import { findModule } from '../../../../server/modules';
import { createCounty } from '../../../../server/modules/setup/create-county';
import { dispatch } from '../../../../server/runtime/dispatch';
import type { Runtime } from '../../../../server/runtime/runtime';
import { data, errorCode, seedCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';

const t = useTestDatabase();

const b64 = (text: string, encoding: 'utf8' | 'gb18030' = 'utf8') =>
  (encoding === 'utf8' ? Buffer.from(text, 'utf8') : Buffer.from(new Uint8Array(gbk(text)))).toString('base64');

/** GB18030 bytes of a text (what Excel in China writes for CSV), through Node's ICU. */
function gbk(text: string): number[] {
  // TextEncoder only writes UTF-8; find each character's GB18030 bytes by decoding candidates.
  const decoder = new TextDecoder('gb18030');
  const out: number[] = [];
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) {
      out.push(ch.charCodeAt(0));
      continue;
    }
    let found = false;
    for (let hi = 0x81; hi <= 0xfe && !found; hi++) {
      for (let lo = 0x40; lo <= 0xfe && !found; lo++) {
        if (decoder.decode(new Uint8Array([hi, lo])) === ch) {
          out.push(hi, lo);
          found = true;
        }
      }
    }
    if (!found) throw new Error(`no GB18030 bytes for ${ch}`);
  }
  return out;
}

const SHEET = ['片区,社区/村,类型,楼栋/组,单元,房号/户', '城东片区,向阳社区,社区,1号楼,1单元,101', '城东片区,向阳社区,社区,1号楼,1单元,102', '城东片区,向阳社区,社区,2号楼,1单元,101', '城西片区,桃园村,村,1组,,王家'].join('\n');

/** A brand-new county with its admin, and a phone for any WeChat user. */
async function newCounty() {
  const files = memoryFileStore();
  const runtime: Runtime = { db: t.db, clock: systemClock, contentSafety: localWordFilter(), files };
  const phone = (openid: string) => (module: string, action: string, input: unknown = {}) => dispatch(runtime, findModule(module)!, { action, input }, { openid });
  const created = await t.db.transaction().execute((trx) => createCounty(trx, { name: '云溪县', campaignName: '云溪县创建全国文明城市', campaignStart: '2026-03-01' }, new Date(), 'county-cli'));
  const admin = phone(`admin-${randomUUID()}`);
  const opened = data<any>(await admin('appointments', 'open', { code: created.adminClaim.code }));
  data(await admin('appointments', 'accept', { invitationId: opened.invitation.id, secret: created.adminClaim.code }));
  return { countyId: created.countyId, admin, phone, files };
}

async function placesOf(countyId: string) {
  const rows = await t.db
    .selectFrom('households as h')
    .innerJoin('units as u', 'u.id', 'h.unitId')
    .innerJoin('buildings as b', 'b.id', 'u.buildingId')
    .innerJoin('communities as c', 'c.id', 'b.communityId')
    .innerJoin('areas as a', 'a.id', 'c.areaId')
    .select(['a.name as area', 'c.name as community', 'c.kind', 'b.name as building', 'u.name as unit', 'h.room'])
    .where('h.countyId', '=', countyId)
    .orderBy('c.name')
    .orderBy('b.name')
    .orderBy('u.name')
    .orderBy('h.room')
    .execute();
  return rows.map((r) => `${r.area}/${r.community}(${r.kind})/${r.building}/${r.unit}/${r.room}`);
}

describe('importing a county\'s addresses from its spreadsheet', () => {
  it('previews what a sheet adds without writing, then writes it all in one go', async () => {
    const c = await newCounty();
    const preview = data<any>(await c.admin('places', 'importPreview', { fileName: '住户.csv', data: b64(SHEET) }));
    expect(preview).toMatchObject({ counts: { areas: 2, communities: 2, buildings: 3, units: 3, households: 4 }, unchanged: 0, refused: [], refusedTotal: 0 });
    expect(preview.sample[0]).toEqual({ line: 2, label: '向阳社区 1号楼 1单元 101' });
    expect(preview.sample[3]).toEqual({ line: 5, label: '桃园村 1组 王家' });
    expect(await placesOf(c.countyId)).toEqual([]);

    const result = data<any>(await c.admin('places', 'importCommit', { fileName: '住户.csv', data: b64(SHEET), digest: preview.digest }));
    expect(result).toEqual({ added: { areas: 2, communities: 2, buildings: 3, units: 3, households: 4 }, unchanged: 0, skipped: 0 });
    expect(await placesOf(c.countyId)).toEqual([
      '城东片区/向阳社区(community)/1号楼/1单元/101',
      '城东片区/向阳社区(community)/1号楼/1单元/102',
      '城东片区/向阳社区(community)/2号楼/1单元/101',
      '城西片区/桃园村(village)/1组//王家',
    ]);
    // The county's staff can now be appointed to the new community.
    const community = (await t.db.selectFrom('communities').select('id').where('countyId', '=', c.countyId).where('name', '=', '向阳社区').executeTakeFirstOrThrow()).id;
    data(await c.admin('appointments', 'invite', { role: 'staff', scopeId: community }));
    const audit = await t.db.selectFrom('auditEvents').select('data').where('countyId', '=', c.countyId).where('action', '=', 'places.import').executeTakeFirstOrThrow();
    expect(audit.data).toMatchObject({ fileName: '住户.csv', digest: preview.digest });
  });

  it('adds nothing when the same sheet comes again, and only the new rooms from a longer one', async () => {
    const c = await newCounty();
    const commit = async (sheet: string) => {
      const preview = data<any>(await c.admin('places', 'importPreview', { fileName: 'a.csv', data: b64(sheet) }));
      return { preview, result: data<any>(await c.admin('places', 'importCommit', { fileName: 'a.csv', data: b64(sheet), digest: preview.digest })) };
    };
    await commit(SHEET);
    const again = await commit(SHEET);
    expect(again.preview.counts).toEqual({ areas: 0, communities: 0, buildings: 0, units: 0, households: 0 });
    expect(again.result).toMatchObject({ added: { households: 0 }, unchanged: 4 });
    const longer = await commit(`${SHEET}\n城东片区,向阳社区,社区,1号楼,1单元,201\n城东片区,向阳社区,社区,3号楼,1单元,101`);
    expect(longer.result).toEqual({ added: { areas: 0, communities: 0, buildings: 1, units: 1, households: 2 }, unchanged: 4, skipped: 0 });
    expect(await placesOf(c.countyId)).toHaveLength(6);
  });

  it('refuses rows by line and reason; the commit waits for them to be fixed unless told to skip them', async () => {
    const c = await newCounty();
    const sheet = [
      '片区,社区/村,楼栋/组,单元,房号/户',
      '城东片区,向阳社区,1号楼,1单元,101',
      '城东片区,向阳社区,1号楼,1单元,',
      '城东片区,向阳社区,1号楼,1单元,101',
      '城西片区,向阳社区,2号楼,1单元,101',
      '城东片区,向阳\u0007社区,1号楼,1单元,103',
      '城东片区,向阳社区,1号楼,1单元,102',
    ].join('\n');
    const preview = data<any>(await c.admin('places', 'importPreview', { fileName: 'b.csv', data: b64(sheet) }));
    expect(preview.refused).toEqual([
      { line: 3, reason: '缺少房号/户' },
      { line: 4, reason: '和第2行是同一户' },
      { line: 5, reason: '向阳社区在“城东片区”，这一行写的是“城西片区”' },
      { line: 6, reason: '社区/村里有不能显示的字符' },
    ]);
    expect(preview.counts.households).toBe(2);
    expect(errorCode(await c.admin('places', 'importCommit', { fileName: 'b.csv', data: b64(sheet), digest: preview.digest }))).toBe('VALIDATION');
    expect(await placesOf(c.countyId)).toEqual([]);
    expect(data<any>(await c.admin('places', 'importCommit', { fileName: 'b.csv', data: b64(sheet), digest: preview.digest, skipRefused: true }))).toMatchObject({ added: { households: 2 }, skipped: 4 });
  });

  it('reads the xlsx template it hands out, and a CSV saved by Excel in GB18030', async () => {
    const c = await newCounty();
    const template = data<any>(await c.admin('places', 'importTemplate', { format: 'xlsx' }));
    expect(template.fileName).toBe('地址导入模板.xlsx');
    const fromTemplate = data<any>(await c.admin('places', 'importPreview', { fileName: template.fileName, data: template.data }));
    expect(fromTemplate.counts).toEqual({ areas: 2, communities: 2, buildings: 2, units: 3, households: 5 });
    const csvTemplate = data<any>(await c.admin('places', 'importTemplate', { format: 'csv' }));
    expect(data<any>(await c.admin('places', 'importPreview', { fileName: '模板.csv', data: csvTemplate.data })).counts.households).toBe(5);
    const gb = data<any>(await c.admin('places', 'importPreview', { fileName: '住户.csv', data: b64(SHEET, 'gb18030') }));
    expect(gb.sample[0].label).toBe('向阳社区 1号楼 1单元 101');
  });

  it('tells a file it cannot read, or one without the columns it needs, with a clear reason', async () => {
    const c = await newCounty();
    expect(await c.admin('places', 'importPreview', { fileName: 'a.xls', data: b64('x') })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '只能导入 .xlsx 或 .csv 文件' } });
    expect(await c.admin('places', 'importPreview', { fileName: 'a.xlsx', data: b64('not a zip') })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '这个 Excel 文件读不出来' } });
    expect(await c.admin('places', 'importPreview', { fileName: 'a.csv', data: b64('社区,房号\n向阳社区,101') })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: '表格缺少这几列：片区、楼栋/组' } });
    expect(errorCode(await c.admin('places', 'importPreview', { fileName: 'a.csv' }))).toBe('VALIDATION');
  });

  it('commits only the file that was previewed', async () => {
    const c = await newCounty();
    const preview = data<any>(await c.admin('places', 'importPreview', { fileName: 'a.csv', data: b64(SHEET) }));
    expect(errorCode(await c.admin('places', 'importCommit', { fileName: 'a.csv', data: b64(`${SHEET}\n城东片区,向阳社区,社区,9号楼,1单元,101`), digest: preview.digest }))).toBe('CONFLICT');
    expect(await placesOf(c.countyId)).toEqual([]);
  });

  it('reads a sheet the mini-program put in cloud storage, and does not keep it there once imported', async () => {
    const c = await newCounty();
    c.files.incoming.set('cloud://env/imports/a.csv', Buffer.from(SHEET));
    const preview = data<any>(await c.admin('places', 'importPreview', { fileName: 'a.csv', fileId: 'cloud://env/imports/a.csv' }));
    data(await c.admin('places', 'importCommit', { fileName: 'a.csv', fileId: 'cloud://env/imports/a.csv', digest: preview.digest }));
    expect(await placesOf(c.countyId)).toHaveLength(4);
    expect(c.files.incoming.has('cloud://env/imports/a.csv')).toBe(false);
    expect(errorCode(await c.admin('places', 'importPreview', { fileName: 'a.csv', fileId: 'cloud://env/imports/gone.csv' }))).toBe('VALIDATION');
  });

  it('reads and removes only files put under imports/: a photo\'s fileID is refused and left alone', async () => {
    const c = await newCounty();
    c.files.incoming.set('cloud://env/photos/someone.jpg', Buffer.from(SHEET));
    const refused = await c.admin('places', 'importPreview', { fileName: 'a.csv', fileId: 'cloud://env/photos/someone.jpg' });
    expect((refused as any).error.details).toEqual([{ field: 'fileId', message: '请重新选择文件' }]);
    expect(c.files.incoming.has('cloud://env/photos/someone.jpg')).toBe(true);
  });

  it('makes each place once when two admins import the same sheet at once', async () => {
    const c = await newCounty();
    const preview = data<any>(await c.admin('places', 'importPreview', { fileName: 'a.csv', data: b64(SHEET) }));
    const second = c.phone(`admin2-${randomUUID()}`);
    const inv = data<any>(await c.admin('appointments', 'invite', { role: 'admin', scopeId: c.countyId }));
    data(await second('appointments', 'accept', { invitationId: inv.id, secret: inv.code }));
    const answers = await Promise.all([c.admin, second].map((who) => who('places', 'importCommit', { fileName: 'a.csv', data: b64(SHEET), digest: preview.digest })));
    expect(answers.filter((a) => !a.ok).map(errorCode).every((code) => code === 'CONFLICT')).toBe(true);
    expect(await placesOf(c.countyId)).toHaveLength(4);
    expect(await t.db.selectFrom('communities').select('id').where('countyId', '=', c.countyId).execute()).toHaveLength(2);
  });

  it('lets only the county\'s admins import, and keeps each county\'s places to itself', async () => {
    const county = await seedCounty(t.db);
    const before = await placesOf(county.countyId);
    for (const who of ['staff', 'captain', 'resident', 'minor', 'handler'] as const) {
      expect(errorCode(await county.as(who)('places', 'importPreview', { fileName: 'a.csv', data: b64(SHEET) }))).toBe('FORBIDDEN');
      expect(errorCode(await county.as(who)('places', 'importCommit', { fileName: 'a.csv', data: b64(SHEET), digest: '0'.repeat(64) }))).toBe('FORBIDDEN');
    }
    expect(await placesOf(county.countyId)).toEqual(before);
    const other = await newCounty();
    const preview = data<any>(await other.admin('places', 'importPreview', { fileName: 'a.csv', data: b64(SHEET) }));
    data(await other.admin('places', 'importCommit', { fileName: 'a.csv', data: b64(SHEET), digest: preview.digest }));
    expect(await placesOf(county.countyId)).toEqual(before);
  });

  it('keeps the county\'s responsible units: the admin adds them by a new name, and anyone reads them', async () => {
    const c = await newCounty();
    expect(data<any>(await c.admin('places', 'addDepartment', { name: '县城市管理局' }))).toMatchObject({ name: '县城市管理局' });
    expect(errorCode(await c.admin('places', 'addDepartment', { name: '县城市管理局' }))).toBe('CONFLICT');
    expect(errorCode(await c.admin('places', 'addDepartment', { name: '局' }))).toBe('VALIDATION');
    expect((data(await c.admin('places', 'departments', {})) as { name: string }[]).map((d) => d.name)).toEqual(['县城市管理局']);
    const county = await seedCounty(t.db);
    expect(errorCode(await county.as('staff')('places', 'addDepartment', { name: '县文明办' }))).toBe('FORBIDDEN');
  });
});
