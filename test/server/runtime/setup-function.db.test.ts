import { SETUP_FUNCTION } from '../../../server/runtime/build/bundle-functions';
import { data, errorCode } from '../../support/app';
import { platform, useBuiltFunctions } from '../../support/built-functions';
import { useTestDatabase } from '../../support/db';
import { testDatabaseUrl } from '../../support/test-server';

const t = useTestDatabase();
const functions = useBuiltFunctions();
const CODE = 'the-deployers-setup-code-of-32-chars';
const county = (name: string) => ({ name, campaignName: `${name}创建全国文明城市`, campaignStart: '2026-03-01' });

async function countiesNamed(name: string) {
  return t.db.selectFrom('counties').select('id').where('name', '=', name).execute();
}

describe('the setup cloud function', () => {
  const call = (env: Parameters<typeof platform>[0], event: unknown) => {
    platform({ databaseUrl: testDatabaseUrl(), ...env });
    return functions.main(SETUP_FUNCTION)(event, {});
  };

  it('refuses the mini-program\'s callers, a missing or short SETUP_CODE, and a wrong code, creating nothing', async () => {
    const fields = county('拒绝县');
    expect(errorCode(await call({ openid: 'o-someone', extra: { SETUP_CODE: CODE } }, { code: CODE, ...fields }))).toBe('FORBIDDEN');
    expect(errorCode(await call({}, { code: CODE, ...fields }))).toBe('FORBIDDEN');
    expect(errorCode(await call({ extra: { SETUP_CODE: 'short' } }, { code: 'short', ...fields }))).toBe('FORBIDDEN');
    expect(errorCode(await call({ extra: { SETUP_CODE: CODE } }, { code: `${CODE}!`, ...fields }))).toBe('FORBIDDEN');
    expect(await countiesNamed('拒绝县')).toEqual([]);
  });

  it('creates one county per code and answers its admin claim code; the same code again creates nothing', async () => {
    const code = `${CODE}-${Date.now()}`;
    const first = county('首建县');
    const made = data<any>(await call({ extra: { SETUP_CODE: code } }, { code, ...first }));
    expect(made).toMatchObject({ countyId: expect.any(String), adminClaimCode: expect.stringMatching(/^\d{6}$/), adminClaimPath: expect.stringContaining('/features/appointments/pages/accept/index?t=') });
    const second = county('再建县');
    expect(errorCode(await call({ extra: { SETUP_CODE: code } }, { code, ...second }))).toBe('FORBIDDEN');
    expect(await countiesNamed('首建县')).toHaveLength(1);
    expect(await countiesNamed('再建县')).toEqual([]);
    // Audited as the setup function's doing: the county's creation and its claim code's issuing (never the code itself).
    const audit = await t.db.selectFrom('auditEvents').select(['action', 'actorId', 'actorRole', 'data']).where('countyId', '=', made.countyId).orderBy('action').execute();
    expect(audit.map((a) => [a.action, a.actorId, a.actorRole])).toEqual([
      ['appointment.claim_issued', null, 'setup-function'],
      ['county.create', null, 'setup-function'],
    ]);
    expect(JSON.stringify(audit)).not.toContain(made.adminClaimCode);
  });

  it('answers VALIDATION for a county it cannot name, and writes nothing', async () => {
    const code = `${CODE}-bad-${Date.now()}`;
    expect(errorCode(await call({ extra: { SETUP_CODE: code } }, { code, name: '云', campaignName: '创文', campaignStart: '2026-02-30' }))).toBe('VALIDATION');
    expect(await countiesNamed('云')).toEqual([]);
    // The code is still unused: a right county goes through with it.
    expect(data<any>(await call({ extra: { SETUP_CODE: code } }, { code, ...county('三建县') })).countyId).toEqual(expect.any(String));
  });
});
