import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { localFileStore } from '../../../server/core/files/local-file-store';
import { createLocalServer, type LocalServerOptions } from '../../../server/runtime/local-server';
import { signSession } from '../../../server/runtime/session';
import { seedCounty, TestCounty } from '../../support/app';
import { useTestDatabase } from '../../support/db';
import { TINY_JPEG } from '../modules/reports/report-fixtures';

const t = useTestDatabase();
const SECRET = 'test-secret';
const servers: Server[] = [];

type Modes = Partial<Pick<LocalServerOptions, 'demo' | 'miniProgramTokens' | 'trustProxy' | 'allowedOrigins'>>;

async function start(county: TestCounty, production: boolean, filesDir?: string, modes: Modes = {}): Promise<string> {
  const runtime = filesDir ? { ...county.runtime, files: localFileStore(filesDir) } : county.runtime;
  const server = createLocalServer({ runtime, sessionSecret: SECRET, production, demo: true, ...modes, demoOpenidPrefix: county.openidPrefix, filesDir });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

afterAll(async () => {
  for (const s of servers) s.closeAllConnections();
  await Promise.all(servers.map((s) => new Promise((resolve) => s.close(resolve))));
});

/** A POST as the H5 app's own page makes it: JSON, from the server's origin. */
async function post(url: string, body: unknown, headers: Record<string, string> = {}) {
  const origin = new URL(url).origin;
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', origin, ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return { status: res.status, cookie: res.headers.get('set-cookie'), body: (await res.json()) as any };
}

describe('the local server', () => {
  it('signs a demo person in with a cookie, and the API then knows them', async () => {
    const county = await seedCounty(t.db);
    const base = await start(county, false);
    const people = (await (await fetch(`${base}/api/_demo/people`)).json()) as any;
    expect(people.data.people.map((p: any) => p.key)).toEqual(expect.arrayContaining(['resident', 'minor', 'captain', 'volunteer', 'team_lead', 'staff', 'handler', 'admin']));
    const signIn = await post(`${base}/api/_demo/sign-in`, { key: 'captain' });
    expect(signIn.body).toMatchObject({ ok: true, data: { name: '李桂芳' } });
    const cookie = signIn.cookie!.split(';')[0];
    const me = await post(`${base}/api/identity`, { action: 'me', input: {} }, { cookie });
    expect(me.body.data.user.name).toBe('李桂芳');
  });

  it('a newcomer sign-in is someone the server has never seen, each time, who joins the county they arrived at', async () => {
    const county = await seedCounty(t.db);
    const base = await start(county, false);
    const people = (await (await fetch(`${base}/api/_demo/people`)).json()) as any;
    expect(people.data.people.map((p: any) => p.key)).toContain('newcomer');
    const first = (await post(`${base}/api/_demo/sign-in`, { key: 'newcomer' })).cookie!.split(';')[0];
    const second = (await post(`${base}/api/_demo/sign-in`, { key: 'newcomer' })).cookie!.split(';')[0];
    expect(first).not.toBe(second);
    // Counted in this test's county: the other test files running beside this one add people to theirs.
    const usersIn = () => t.db.selectFrom('users').select((e) => e.fn.countAll<string>().as('n')).where('countyId', '=', county.countyId).executeTakeFirstOrThrow();
    const usersBefore = await usersIn();
    // Arriving by the county's QR (`county` on the call) places the newcomer there, as a resident with no home.
    const me = await post(`${base}/api/identity`, { action: 'me', input: {}, county: county.countyId }, { cookie: first });
    expect(me.body).toMatchObject({ ok: true, data: { user: { isMinor: false } } });
    const joined = await t.db.selectFrom('users').select('countyId').where('id', '=', me.body.data.user.id).executeTakeFirstOrThrow();
    expect(joined.countyId).toBe(county.countyId);
    const usersAfter = await usersIn();
    expect(Number(usersAfter.n)).toBe(Number(usersBefore.n) + 1);
  });

  it('refuses the demo sign-in when NODE_ENV is production', async () => {
    const county = await seedCounty(t.db);
    const base = await start(county, true);
    const signIn = await post(`${base}/api/_demo/sign-in`, { key: 'admin' });
    expect(signIn.status).toBe(403);
    expect(signIn.body).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(signIn.cookie).toBeNull();
    const people = await fetch(`${base}/api/_demo/people`);
    expect(people.status).toBe(403);
  });

  it('refuses a call without a session, and a session whose signature was forged', async () => {
    const county = await seedCounty(t.db);
    const base = await start(county, false);
    const none = await post(`${base}/api/identity`, { action: 'me' });
    expect(none).toMatchObject({ status: 401, body: { ok: false, error: { code: 'UNAUTHENTICATED' } } });
    const forged = signSession(county.people.admin.openid, 'not-the-secret');
    const withForged = await post(`${base}/api/identity`, { action: 'me' }, { cookie: `ct_session=${forged}` });
    expect(withForged.body.error.code).toBe('UNAUTHENTICATED');
  });

  it('answers unknown modules, bad JSON and oversize bodies with an error envelope', async () => {
    const county = await seedCounty(t.db);
    const base = await start(county, false);
    const cookie = `ct_session=${signSession(county.people.resident.openid, SECRET)}`;
    expect((await post(`${base}/api/nothing`, { action: 'x' }, { cookie })).body.error.code).toBe('UNKNOWN_ACTION');
    expect((await post(`${base}/api/identity`, '{not json', { cookie })).body.error.code).toBe('VALIDATION');
    const huge = await post(`${base}/api/identity`, { action: 'updateProfile', input: { name: '长'.repeat(300_000) } }, { cookie });
    expect(huge.body.error).toMatchObject({ code: 'VALIDATION', message: '提交的内容太长了，请删减后再试' });
  });
});

describe('cookies and cross-site requests', () => {
  async function signedIn(base: string, key = 'resident') {
    const signIn = await post(`${base}/api/_demo/sign-in`, { key });
    return signIn.cookie!.split(';')[0];
  }

  it('refuses a cookie-carried POST from another site, without an origin, or not as JSON, and writes nothing', async () => {
    const county = await seedCounty(t.db);
    const base = await start(county, false);
    const cookie = await signedIn(base);
    const sign = { action: 'sign', input: { versionId: county.versions.civic } };
    const attempts = [
      await post(`${base}/api/conventions`, sign, { cookie, origin: 'https://evil.example' }),
      await post(`${base}/api/conventions`, sign, { cookie, origin: '', referer: 'https://evil.example/page' }),
      await fetch(`${base}/api/conventions`, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(sign) }).then(async (r) => ({ status: r.status, body: (await r.json()) as any })),
      await post(`${base}/api/conventions`, JSON.stringify(sign), { cookie, 'content-type': 'text/plain' }),
    ];
    for (const attempt of attempts) expect(attempt).toMatchObject({ status: 403, body: { ok: false, error: { code: 'FORBIDDEN' } } });
    const pledges = await t.db.selectFrom('pledges').select('id').where('countyId', '=', county.countyId).execute();
    expect(pledges).toHaveLength(0);
  });

  it('serves a cookie-carried POST whose Referer (when there is no Origin) is the server, or an origin the county allowed', async () => {
    const county = await seedCounty(t.db);
    const base = await start(county, false, undefined, { allowedOrigins: ['http://localhost:10087'] });
    const cookie = await signedIn(base);
    const viaReferer = await post(`${base}/api/identity`, { action: 'me' }, { cookie, origin: '', referer: `${base}/pages/mine/index` });
    expect(viaReferer.body.data.user.name).toBe('张秀兰');
    const allowed = await post(`${base}/api/identity`, { action: 'me' }, { cookie, origin: 'http://localhost:10087' });
    expect(allowed.body.data.user.name).toBe('张秀兰');
  });

  it('keeps the session token out of the sign-in answer unless a mini-program mode asks for it, and refuses bearer tokens otherwise', async () => {
    const county = await seedCounty(t.db);
    const browserOnly = await start(county, false);
    const signIn = await post(`${browserOnly}/api/_demo/sign-in`, { key: 'admin' });
    expect(signIn.body).toEqual({ ok: true, data: { name: '吴敏' } });
    const token = signSession(county.people.admin.openid, SECRET);
    const refused = await post(`${browserOnly}/api/identity`, { action: 'me' }, { authorization: `Bearer ${token}`, origin: '' });
    expect(refused).toMatchObject({ status: 401, body: { error: { code: 'UNAUTHENTICATED' } } });

    const withTokens = await start(county, false, undefined, { miniProgramTokens: true });
    const forMiniProgram = await post(`${withTokens}/api/_demo/sign-in`, { key: 'admin' }, { origin: '' });
    expect(forMiniProgram.body.data.token).toEqual(expect.any(String));
    // A mini-program sends no Origin: the bearer token is not something a browser attaches by itself.
    const me = await post(`${withTokens}/api/identity`, { action: 'me' }, { authorization: `Bearer ${forMiniProgram.body.data.token}`, origin: '' });
    expect(me.body.data.user.name).toBe('吴敏');
  });

  it('signing out revokes that session, so a kept copy of the cookie is refused; the person\'s other sessions go on', async () => {
    const county = await seedCounty(t.db);
    const base = await start(county, false);
    const phone = await signedIn(base, 'captain');
    const laptop = await signedIn(base, 'captain');
    const out = await post(`${base}/api/_demo/sign-out`, {}, { cookie: phone });
    expect(out.cookie).toContain('Max-Age=0');
    const replayed = await post(`${base}/api/identity`, { action: 'me' }, { cookie: phone });
    expect(replayed).toMatchObject({ status: 401, body: { error: { code: 'UNAUTHENTICATED' } } });
    expect((await post(`${base}/api/identity`, { action: 'me' }, { cookie: laptop })).body.data.user.name).toBe('李桂芳');
  });

  it('marks the cookie Secure behind a trusted HTTPS proxy, and only then', async () => {
    const county = await seedCounty(t.db);
    const trusting = await start(county, false, undefined, { trustProxy: true });
    const behindProxy = await post(`${trusting}/api/_demo/sign-in`, { key: 'resident' }, { 'x-forwarded-proto': 'https' });
    expect(behindProxy.cookie).toContain('; Secure');
    const untrusting = await start(county, false);
    const spoofed = await post(`${untrusting}/api/_demo/sign-in`, { key: 'resident' }, { 'x-forwarded-proto': 'https' });
    expect(spoofed.cookie).not.toContain('Secure');
  });

  it('refuses the demo sign-in when the demo was not asked for', async () => {
    const county = await seedCounty(t.db);
    const base = await start(county, false, undefined, { demo: false });
    const signIn = await post(`${base}/api/_demo/sign-in`, { key: 'admin' });
    expect(signIn).toMatchObject({ status: 403, cookie: null, body: { error: { code: 'FORBIDDEN' } } });
    expect((await fetch(`${base}/api/_demo/people`)).status).toBe(403);
  });
});

describe('a session', () => {
  it('expires after thirty days', async () => {
    const { verifySession } = await import('../../../server/runtime/session');
    const issued = new Date('2026-01-01T00:00:00Z');
    const token = signSession('someone', SECRET, issued);
    expect(verifySession(token, SECRET, new Date('2026-01-30T00:00:00Z'))?.openid).toBe('someone');
    expect(verifySession(token, SECRET, new Date('2026-02-01T00:00:00Z'))).toBeUndefined();
  });
});

describe('photos in the local server', () => {
  it('stores an uploaded photo and serves it back as an image that never changes', async () => {
    const county = await seedCounty(t.db);
    const base = await start(county, false, mkdtempSync(path.join(os.tmpdir(), 'civic-files-')));
    const cookie = `ct_session=${encodeURIComponent(signSession(county.people.guardian.openid, SECRET))}`;
    const upload = await post(`${base}/api/files`, { action: 'upload', input: { data: TINY_JPEG } }, { cookie });
    expect(upload.body).toMatchObject({ ok: true, data: { ref: expect.stringMatching(/^\/files\/[0-9a-f-]{36}\.jpg$/) } });
    const photo = await fetch(`${base}${upload.body.data.ref}`);
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/jpeg');
    expect(photo.headers.get('cache-control')).toContain('immutable');
    expect(Buffer.from(await photo.arrayBuffer()).equals(Buffer.from(TINY_JPEG, 'base64'))).toBe(true);
  });

  it('serves nothing outside the photo folder, and refuses an upload without a session', async () => {
    const county = await seedCounty(t.db);
    const base = await start(county, false, mkdtempSync(path.join(os.tmpdir(), 'civic-files-')));
    for (const probe of ['/files/..%2Fsession-secret', '/files/../package.json', '/files/abc.jpg']) {
      expect((await fetch(`${base}${probe}`)).status).not.toBe(200);
    }
    const anonymous = await post(`${base}/api/files`, { action: 'upload', input: { data: TINY_JPEG } });
    expect(anonymous.body.error.code).toBe('UNAUTHENTICATED');
  });
});
