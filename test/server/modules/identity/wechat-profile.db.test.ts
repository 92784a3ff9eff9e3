import { fakePhoneNumbers } from '../../../../server/core/phone-numbers/wechat-phone-numbers';
import { data, errorCode, seedCounty } from '../../../support/app';
import { useTestDatabase } from '../../../support/db';
import { TINY_JPEG } from '../reports/report-fixtures';

const t = useTestDatabase();

describe('a WeChat profile, the current WeChat way', () => {
  it('takes the nickname and the avatar the person chose (their own upload only), and 我的 shows them', async () => {
    const county = await seedCounty(t.db);
    const avatar = data<{ ref: string }>(await county.as('resident')('files', 'upload', { data: TINY_JPEG })).ref;
    expect(data<any>(await county.as('resident')('identity', 'updateProfile', { name: '张秀兰', avatarRef: avatar }))).toEqual({ name: '张秀兰', avatarRef: avatar });
    expect(data<any>(await county.as('resident')('identity', 'me')).user).toMatchObject({ name: '张秀兰', avatarRef: avatar });
    // Someone else's upload cannot be passed off as one's avatar.
    const theirs = data<{ ref: string }>(await county.as('captain')('files', 'upload', { data: TINY_JPEG })).ref;
    expect(errorCode(await county.as('resident')('identity', 'updateProfile', { name: '张秀兰', avatarRef: theirs }))).toBe('FORBIDDEN');
    // Renaming alone keeps the avatar; null takes it away.
    expect(data<any>(await county.as('resident')('identity', 'updateProfile', { name: '张秀兰' })).avatarRef).toBe(avatar);
    expect(data<any>(await county.as('resident')('identity', 'updateProfile', { name: '张秀兰', avatarRef: null })).avatarRef).toBeNull();
  });

  it('exchanges the phone-number button\'s one-time code through WeChat for the number, once; without WeChat the number is typed by hand', async () => {
    const county = await seedCounty(t.db);
    expect(errorCode(await county.as('resident')('identity', 'phoneFromWeChat', { code: 'c-1' }))).toBe('VALIDATION');
    county.runtime.phoneNumbers = fakePhoneNumbers({ 'c-1': '13812345678', 'c-hk': '91234567' });
    expect(data<any>(await county.as('resident')('identity', 'phoneFromWeChat', { code: 'c-1' }))).toEqual({ phone: '13812345678' });
    expect(data<any>(await county.as('resident')('identity', 'me')).user.phone).toBe('13812345678');
    // A code works once; a number that is not a mainland mobile is refused.
    const again = await county.as('resident')('identity', 'phoneFromWeChat', { code: 'c-1' });
    expect((again as any).error).toMatchObject({ code: 'VALIDATION', message: '没有拿到手机号，请再点一次，或手动填写' });
    expect(errorCode(await county.as('captain')('identity', 'phoneFromWeChat', { code: 'c-hk' }))).toBe('VALIDATION');
    const captain = await t.db.selectFrom('users').select('phone').where('id', '=', county.people.captain.userId).executeTakeFirstOrThrow();
    expect(captain.phone).toBeNull();
  });
});
