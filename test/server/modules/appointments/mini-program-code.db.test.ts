import { randomUUID } from 'node:crypto';
import { fakeMiniProgramCodes } from '../../../../server/core/mini-program-codes/wechat-mini-program-codes';
import { tokenFromScene } from '../../../../server/modules/appointments/codes';
import { addPerson, data, errorCode, seedCounty, type TestCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';

const t = useTestDatabase();

const stranger = (county: TestCounty) => county.as({ openid: `${county.openidPrefix}new-${randomUUID()}` });
const tokenOf = (path: string) => new URL(path, 'https://x').searchParams.get('t')!;
const pngText = (image: string) => Buffer.from(image.replace(/^data:image\/png;base64,/, ''), 'base64').subarray(8).toString('utf8');

describe('an invitation as a 小程序码 (WeChat\'s camera opens it)', () => {
  it('is drawn by WeChat for the accept page with the scene t=<token>, and that scene opens the invitation for the invitee', async () => {
    const county = await seedCounty(t.db);
    const codes = fakeMiniProgramCodes();
    county.runtime.miniProgramCodes = codes;
    const inv = data<{ id: string; path: string }>(await county.as('staff')('appointments', 'invite', { role: 'captain', scopeId: county.buildings['幸福里社区/2号楼'] }));
    const { image, scene } = data<{ image: string; scene: string }>(await county.as('staff')('appointments', 'miniProgramCode', { invitationId: inv.id }));
    expect(image.startsWith('data:image/png;base64,')).toBe(true);
    expect(scene).toBe(`t=${tokenOf(inv.path)}`);
    expect(scene.length).toBeLessThanOrEqual(32);
    expect(codes.requests).toEqual([{ scene, page: 'features/appointments/pages/accept/index' }]);
    expect(pngText(image)).toBe(`features/appointments/pages/accept/index?scene=${scene}`);
    // the invitee's page gets the scene URL-encoded from WeChat and opens the invitation with its token
    const token = tokenFromScene(encodeURIComponent(scene))!;
    const opened = data<any>(await stranger(county)('appointments', 'open', { token }));
    expect(opened).toMatchObject({ found: true, invitation: { id: inv.id, roleLabel: '楼长', state: 'open' } });
    // the admin may have it too
    data(await county.as('admin')('appointments', 'miniProgramCode', { invitationId: inv.id }));
  });

  it('is refused to anyone but the inviter and the admin, and once the invitation is taken or withdrawn', async () => {
    const county = await seedCounty(t.db);
    county.runtime.miniProgramCodes = fakeMiniProgramCodes();
    const inv = data<{ id: string; path: string }>(await county.as('staff')('appointments', 'invite', { role: 'captain', scopeId: county.buildings['幸福里社区/2号楼'] }));
    const otherStaff = await addPerson(county, '另一位网格员', 'staff', 'community', county.communities['幸福里社区']);
    expect(await otherStaff.call('appointments', 'miniProgramCode', { invitationId: inv.id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '只有发出邀请的人或创文办能拿到它的小程序码' } });
    for (const person of ['resident', 'captain', 'minor', 'volunteer'] as const) {
      expect(errorCode(await county.as(person)('appointments', 'miniProgramCode', { invitationId: inv.id }))).toBe('FORBIDDEN');
    }
    const elsewhere = await seedCounty(t.db);
    elsewhere.runtime.miniProgramCodes = fakeMiniProgramCodes();
    expect(errorCode(await elsewhere.as('admin')('appointments', 'miniProgramCode', { invitationId: inv.id }))).toBe('NOT_FOUND');

    const other = data<{ id: string }>(await county.as('staff')('appointments', 'invite', { role: 'captain', scopeId: county.buildings['幸福里社区/3号楼'] }));
    data(await county.as('staff')('appointments', 'cancel', { invitationId: other.id }));
    expect(await county.as('staff')('appointments', 'miniProgramCode', { invitationId: other.id })).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: '这个邀请已被邀请人撤回' } });
    const taker = stranger(county);
    const opened = data<any>(await taker('appointments', 'open', { token: tokenOf(inv.path) }));
    data(await taker('appointments', 'accept', { invitationId: opened.invitation.id, secret: tokenOf(inv.path) }));
    expect(errorCode(await county.as('staff')('appointments', 'miniProgramCode', { invitationId: inv.id }))).toBe('CONFLICT');
  });

  it('needs WeChat: without it (the local server, the H5 app) VALIDATION says to use the code; WeChat refusing is UNAVAILABLE', async () => {
    const county = await seedCounty(t.db);
    const inv = data<{ id: string }>(await county.as('staff')('appointments', 'invite', { role: 'captain', scopeId: county.buildings['幸福里社区/2号楼'] }));
    expect(await county.as('staff')('appointments', 'miniProgramCode', { invitationId: inv.id })).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: expect.stringContaining('小程序码要在微信里生成') } });
    county.runtime.miniProgramCodes = { unlimited: async () => Promise.reject(new Error('getUnlimited: 45009 reach max api daily quota limit')) };
    expect(await county.as('staff')('appointments', 'miniProgramCode', { invitationId: inv.id })).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  });
});
