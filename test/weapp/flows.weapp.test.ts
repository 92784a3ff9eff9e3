import { randomUUID } from 'node:crypto';
import { beijingDay } from '../../server/core/clock';
import { createCounty } from '../../server/modules/setup/create-county';
import { fakePhoneNumbers } from '../../server/core/phone-numbers/wechat-phone-numbers';
import { data } from '../support/app';
import { approvedFamily, setPhase } from '../server/modules/families/family-fixtures';
import { useMiniProgram } from './support/backend';

/**
 * The key flows, in the compiled mini-program, tap by tap, against the
 * server's real handlers. The phone's pickers answer what `phone.program.device`
 * says: a photo, a place, a scanned code.
 */
const phone = useMiniProgram();

describe('in the compiled mini-program', () => {
  /** The demo resident signs the convention from 首页 and opens her certificate. */
  async function signAndOpenCertificate() {
    await phone.seed();
    const home = await phone.signIn('resident');
    await home.tap('文明公约');
    await phone.program.current().tap('青禾县市民文明公约');
    const detail = phone.program.current();
    expect(detail.route).toBe('features/convention/pages/detail/index');
    await detail.tap('签署公约');
    await detail.waitForText('签署编号 1');
    await detail.tap('查看签署证书');
    const certificate = phone.program.current();
    expect(certificate.route).toBe('features/convention/pages/certificate/index');
    await certificate.waitForText('兹证明 张秀兰');
    return certificate;
  }

  it('a resident reads and signs the civic convention, then opens the certificate with her number', async () => {
    const certificate = await signAndOpenCertificate();
    expect(certificate.text()).toContain('您是第 1 位签署人');
  });

  it('saves the convention certificate to the phone\'s album as a picture drawn on the page\'s canvas', async () => {
    const certificate = await signAndOpenCertificate();
    await certificate.tap('保存为图片');
    await certificate.waitFor(() => phone.program.wx.toasts.includes('已保存到手机相册'), 'said the picture is saved');
    // Drawn at twice the layout size on the canvas the page rendered, then handed to the album.
    expect(phone.program.wx.savedImages).toEqual(['wxfile://tmp/canvas-1500x2400.png']);
    expect(phone.program.wx.drawnTexts).toEqual(expect.arrayContaining(['张秀兰']));
  });

  it('a resident files a 随手拍 with a photo and the place picked on the map, and follows it in 我的随手拍', async () => {
    await phone.seed();
    const tab = await phone.signIn('guardian', '/pages/report/index');
    await tab.tap('拍照反映问题');
    const form = phone.program.current();
    expect(form.route).toBe('features/reports/pages/report/index');
    await form.tap('乱扔垃圾');
    await form.tap('添加照片');
    await form.waitForText('已添加 1 张');
    phone.program.device.location = { latitude: 29.5624, longitude: 106.5513, name: '幸福路口', address: '幸福路18号' };
    await form.tap('在地图上选位置');
    // The first 定位 asks, on its own sheet, for the separate consent to the app using her position.
    await form.waitForText('请您同意：使用您的精确位置');
    await form.tap('同意');
    await form.waitForText('已在地图上选好位置');
    await form.type('例如：幸福路18号门口', '幸福路18号门口东侧');
    await form.type('说说是什么问题，例如：路灯不亮已经三天了', '人行道上堆着装修垃圾，老人推车过不去');
    await form.tap('提交');
    await phone.program.current().waitForText('人行道上堆着装修垃圾');
    const reports = await phone.db.selectFrom('reports').select(['description', 'address', 'status']).where('countyId', '=', phone.county.countyId).execute();
    expect(reports).toEqual([{ description: '人行道上堆着装修垃圾，老人推车过不去', address: '幸福路18号门口东侧', status: 'submitted' }]);
  });

  it('a child nominates the family on the parent\'s phone, and the guardian agrees and sends it to the community', async () => {
    const county = await phone.seed();
    const child = await phone.signIn('minor', `/features/families/pages/nominate/index?campaignId=${county.familyCampaignId}`);
    await child.waitForText('推荐我的家');
    await child.type('比如：王家', '王小明家');
    await child.type('比如：奶奶腿脚不好，爸爸每天下班都扶她下楼散步……', '我家有爸爸、妈妈、奶奶和我。奶奶腿脚不好，爸爸每天下班都扶她下楼散步；妈妈周末去社区做志愿者，帮邻居打扫楼道。我们家垃圾分好类再扔。');
    await child.tap('提交给爸爸妈妈');
    await phone.program.current().waitForText('已经请爸爸妈妈看一看了');

    const parent = await phone.signIn('guardian', '/features/families/pages/consents/index');
    await parent.tap('王小明家');
    const nomination = phone.program.current();
    await nomination.tap('同意并提交社区审核');
    await nomination.waitForText('等待社区审核');
    const rows = await phone.db.selectFrom('familyNominations').select(['displayName', 'status']).where('campaignId', '=', county.familyCampaignId).execute();
    expect(rows).toEqual([{ displayName: '王小明家', status: 'submitted' }]);
  });

  it('a resident of another household votes for a family on the voting list', async () => {
    const county = await phone.seed();
    const nominationId = await approvedFamily(county);
    await setPhase(phone.db, county.familyCampaignId, 'voting');
    const page = await phone.signIn('volunteer', `/features/families/pages/campaign/index?id=${county.familyCampaignId}`);
    await page.tap('投票');
    await page.waitForText('今天已投');
    expect(page.text()).toContain('1票');
    const tally = await phone.db.selectFrom('familyNominations').select('votes').where('id', '=', nominationId).executeTakeFirstOrThrow();
    expect(tally.votes).toBe(1);
  });

  it('a volunteer signs up for an activity and checks in by scanning the organiser\'s code', async () => {
    const county = await phone.seed();
    const now = Date.now();
    // The clean-up starts in ten minutes, so check-in is open.
    await phone.db
      .updateTable('activities')
      .set({ startsAt: new Date(now + 10 * 60_000), endsAt: new Date(now + 130 * 60_000), signupDeadline: new Date(now + 5 * 60_000) })
      .where('id', '=', county.activities.cleanUp)
      .execute();
    const page = await phone.signIn('volunteer', `/features/activities/pages/detail/index?id=${county.activities.cleanUp}`);
    await page.tap('报名');
    await page.waitForText('扫码签到');
    phone.program.device.scan = data<{ token: string }>(await county.as('team_lead')('activities', 'code', { activityId: county.activities.cleanUp })).token;
    await page.tap('扫码签到');
    await page.waitForText('已签到');
    const signup = await phone.db.selectFrom('activitySignups').select(['status', 'checkedInAt']).where('activityId', '=', county.activities.cleanUp).where('userId', '=', county.people.volunteer.userId).executeTakeFirstOrThrow();
    expect(signup.status).toBe('confirmed');
    expect(signup.checkedInAt).not.toBeNull();
  });

  it('a captain posts a notice to the building, and a resident of it opens it and says 收到', async () => {
    await phone.seed();
    const manage = await phone.signIn('captain', '/features/notices/pages/manage/index');
    await manage.tap('发通知');
    const post = phone.program.current();
    await post.type('例如：本周六上午停水通知', '周六上午停水');
    await post.type('例如：因管道检修，本周六8:00-12:00停水，请提前储水。有问题请找楼长。', '因管道检修，本周六8:00-12:00停水，请提前储水。');
    // The end date from the native date picker (its change event, as the phone's wheel sends it).
    const day = beijingDay(new Date(Date.now() + 10 * 86_400_000));
    const [datePicker] = post.pickers();
    await post.send(datePicker, 'change', { value: day });
    await post.tap('发出通知');
    await phone.program.current().waitForText('周六上午停水');
    const notice = await phone.db.selectFrom('notices').select('endsAt').where('countyId', '=', phone.county.countyId).executeTakeFirstOrThrow();
    expect(beijingDay(notice.endsAt)).toBe(day);

    const list = await phone.signIn('guardian', '/features/notices/pages/list/index');
    await list.tap(/周六上午停水$/);
    const detail = phone.program.current();
    expect(detail.route).toBe('features/notices/pages/detail/index');
    await detail.tap('收到');
    await detail.waitForText('已确认收到');
  });

  it('an admin invites a captain for a building, a newcomer types the code and takes the post, and the staff later takes it back with a reason', async () => {
    const county = await phone.seed();
    const invite = await phone.signIn('admin', '/features/appointments/pages/invite/index');
    await invite.tap('楼长');
    await invite.tap('和平社区');
    await invite.tap('3号楼');
    await invite.tap('生成邀请');
    await invite.waitForText('邀请已生成：和平社区 3号楼 楼长');
    const code = (await phone.db.selectFrom('invitations').select('code').where('countyId', '=', county.countyId).executeTakeFirstOrThrow()).code;
    expect(invite.text()).toContain(`${code.slice(0, 3)} ${code.slice(3)}`);

    const newcomer = { openid: `${county.openidPrefix}newcomer` };
    const accept = await phone.signIn(newcomer, '/features/appointments/pages/accept/index');
    await accept.type('请输入6位邀请码', code);
    await accept.tap('查看邀请');
    await accept.waitForText('吴敏 邀请您担任');
    await accept.tap('接受邀请');
    await accept.waitForText('您现在是');
    const grants = await phone.db
      .selectFrom('roleGrants as g')
      .innerJoin('users as u', 'u.id', 'g.userId')
      .select(['g.role'])
      .where('u.openid', '=', newcomer.openid)
      .orderBy('g.role')
      .execute();
    expect(grants.map((g) => g.role)).toEqual(['captain', 'resident']);
  });

  it('community staff take a captain\'s post back with a reason from 职务与邀请', async () => {
    const county = await phone.seed();
    const holders = await phone.signIn('staff', '/features/appointments/pages/holders/index');
    await holders.waitForText('李桂芳');
    await holders.tap('撤销');
    await holders.tap('本人申请卸任');
    await holders.tap('撤销职务');
    await holders.waitForText('现任职务（1）');
    const captains = await phone.db.selectFrom('roleGrants').select('id').where('countyId', '=', county.countyId).where('role', '=', 'captain').execute();
    expect(captains).toEqual([]);
  });

  it('the county admin sends the template to a chat, picks the filled sheet from the chat, reads the refused line, and imports the rest', async () => {
    const county = await phone.seed();
    const page = await phone.signIn('admin', '/features/places/pages/import/index');
    await page.tap('下载 Excel 模板');
    await page.waitFor(() => phone.program.wx.sharedFiles.includes('地址导入模板.xlsx'));
    const sheet = ['片区,社区/村,类型,楼栋/组,单元,房号/户', '城北片区,新桥社区,社区,8号楼,1单元,101', '城北片区,新桥社区,社区,8号楼,1单元,102', '城北片区,,社区,8号楼,1单元,103'].join('\n');
    phone.program.device.messageFile = { name: '新桥社区.csv', bytes: Buffer.from(sheet, 'utf8') };
    await page.tap('选择填好的表格（从聊天中）');
    await page.waitForText('有问题的行（1）');
    expect(page.text()).toContain('第 4 行');
    await page.tap('跳过 1 行，只导入其余 2 户');
    await page.waitForText('导入完成');
    const rooms = await phone.db
      .selectFrom('households as h')
      .innerJoin('units as u', 'u.id', 'h.unitId')
      .innerJoin('buildings as b', 'b.id', 'u.buildingId')
      .innerJoin('communities as c', 'c.id', 'b.communityId')
      .select(['c.name as community', 'h.room'])
      .where('c.countyId', '=', county.countyId)
      .where('c.name', '=', '新桥社区')
      .orderBy('h.room')
      .execute();
    expect(rooms).toEqual([{ community: '新桥社区', room: '101' }, { community: '新桥社区', room: '102' }]);
  });

  it('the county admin gives the campaign a new start day with the date picker and a slogan, and the home page counts from it', async () => {
    const county = await phone.seed();
    const page = await phone.signIn('admin', '/features/admin/pages/settings/index');
    await page.waitForText('首页预览');
    const start = beijingDay(new Date(Date.now() - 9 * 86_400_000));
    const [dayPicker] = page.pickers();
    await page.send(dayPicker, 'change', { value: start });
    await page.type('例如：文明青禾 你我共建', '文明青禾 你我共建');
    await page.tap('保存');
    await page.waitFor(() => phone.program.wx.toasts.includes('已保存，首页已更新'));
    const row = await phone.db.selectFrom('counties').select(['campaignStart', 'slogan']).where('id', '=', county.countyId).executeTakeFirstOrThrow();
    expect(row).toEqual({ campaignStart: start, slogan: '文明青禾 你我共建' });
    const home = await phone.signIn('resident');
    await home.waitForText('文明青禾 你我共建');
    expect(home.text()).toContain('创文第 10 天');
  });

  it('the county admin picks a community\'s centre on the map and draws its boundary by tapping the map; a report inside then goes to that community', async () => {
    const county = await phone.seed();
    const heping = county.communities['和平社区'];
    const page = await phone.signIn('admin', `/features/places/pages/community/index?id=${heping}`);
    phone.program.device.location = { latitude: 29.6, longitude: 106.6, name: '和平社区居委会', address: '和平路1号' };
    await page.tap('在地图上选中心点');
    await page.tap('同意');
    await page.waitForText('中心点：北纬 29.60000，东经 106.60000');
    await page.tap('在地图上画边界');
    const [map] = Array.from(page.dom.querySelectorAll('wx-map'));
    for (const [dLat, dLng] of [[-0.01, -0.01], [-0.01, 0.01], [0.01, 0.01], [0.01, -0.01]]) {
      await page.send(map, 'tap', { latitude: 29.6 + dLat, longitude: 106.6 + dLng });
    }
    await page.waitForText('已点 4 个点，可以保存了');
    await page.tap('撤销一个点');
    await page.waitForText('已点 3 个点');
    await page.send(map, 'tap', { latitude: 29.61, longitude: 106.59 });
    await page.tap('保存边界');
    await page.waitForText('已有边界（红色区域）');
    const row = await phone.db.selectFrom('communities').select(['latitude', 'boxMinLat', 'boxMaxLat']).where('id', '=', heping).executeTakeFirstOrThrow();
    expect(row).toEqual({ latitude: 29.6, boxMinLat: expect.closeTo(29.59, 9), boxMaxLat: expect.closeTo(29.61, 9) });

    // 王建国 of 幸福里社区 reports from inside 和平社区.
    const tab = await phone.signIn('guardian', '/pages/report/index');
    await tab.tap('拍照反映问题');
    const form = phone.program.current();
    await form.tap('乱扔垃圾');
    await form.tap('添加照片');
    await form.waitForText('已添加 1 张');
    phone.program.device.location = { latitude: 29.601, longitude: 106.601, name: '和平路口', address: '和平路3号' };
    await form.tap('在地图上选位置');
    await form.tap('同意');
    await form.waitForText('已在地图上选好位置');
    await form.type('例如：幸福路18号门口', '和平路3号门口');
    await form.type('说说是什么问题，例如：路灯不亮已经三天了', '和平路3号门口堆着建筑垃圾');
    await form.tap('提交');
    await phone.program.current().waitForText('和平路3号门口堆着建筑垃圾');
    const report = await phone.db.selectFrom('reports').select('communityId').where('countyId', '=', county.countyId).executeTakeFirstOrThrow();
    expect(report.communityId).toBe(heping);
  });

  it('a guardian adds a child with his consent and hands her the phone; in child mode she nominates the family as herself; a grown-up\'s sum ends it', async () => {
    const county = await phone.seed();
    const page = await phone.signIn('guardian', '/features/household/pages/children/index');
    await page.tap('添加孩子');
    await page.type('例如：小雨', '小雨');
    const [month] = page.pickers();
    await page.send(month, 'change', { value: '2017-05' });
    const [consent] = page.byClass('ct-switch');
    await page.tapElement(consent);
    await page.tap('添加孩子');
    await page.waitForText('交给小雨用');
    await page.tap('交给小雨用');
    const home = phone.program.current();
    expect(home.route).toBe('features/household/pages/child-home/index');
    await home.waitForText('你好，小雨！');
    expect(home.text()).toContain('孩子模式 · 小雨');

    await home.tap('推荐我的家');
    await phone.program.current().tap('推荐我的家庭');
    const form = phone.program.current();
    await form.type('比如：王家', '小雨的家');
    await form.type('比如：奶奶腿脚不好，爸爸每天下班都扶她下楼散步……', '我家有爸爸、妈妈、哥哥和我。爸爸每天下班都扶奶奶下楼散步；妈妈周末去社区做志愿者，帮邻居打扫楼道。我们家垃圾分好类再扔。');
    await form.tap('提交给爸爸妈妈');
    await phone.program.current().waitForText('已经请爸爸妈妈看一看了');
    const row = await phone.db
      .selectFrom('familyNominations as n')
      .innerJoin('users as u', 'u.id', 'n.nominatedBy')
      .select(['u.name', 'n.hostedBy'])
      .where('n.campaignId', '=', county.familyCampaignId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ name: '小雨', hostedBy: county.people.guardian.userId });

    const last = phone.program.current();
    await last.tap('家长退出');
    const [, a, b] = /请家长算一算：(\d+) × (\d+)/.exec(last.text())!;
    await last.type('填写答案', String(Number(a) * Number(b)));
    await last.tap('确定退出');
    await phone.program.current().waitForText('我的孩子');
    expect(phone.program.current().route).toBe('pages/mine/index');
    expect(phone.program.current().text()).not.toContain('孩子模式 · 小雨');
  });

  it('WeChat asks for the privacy agreement at the first tap that needs it: the app\'s sheet opens over the page, and its agree button answers WeChat', async () => {
    await phone.seed();
    const form = await phone.signIn('guardian', '/features/reports/pages/report/index');
    const answers: unknown[] = [];
    expect(phone.program.wx.privacyListener).toBeDefined();
    phone.program.wx.privacyListener!((answer) => answers.push(answer), { referrer: 'chooseLocation' });
    await form.waitForText('用户隐私保护提示');
    await form.send(form.find('同意并继续'), 'agreeprivacyauthorization', {});
    expect(answers).toEqual([{ event: 'exposureAuthorization' }, { event: 'agree', buttonId: 'ct-agree-privacy' }]);
    expect(form.text()).not.toContain('用户隐私保护提示');

    phone.program.wx.privacyListener!((answer) => answers.push(answer), { referrer: 'chooseImage' });
    await form.waitForText('用户隐私保护提示');
    await form.tap('不同意');
    expect(answers.slice(2)).toEqual([{ event: 'exposureAuthorization' }, { event: 'disagree' }]);
    expect(form.text()).not.toContain('用户隐私保护提示');
  });

  /** Where the app keeps the county a person arrived at (src/lib/arrival.ts). */
  const ARRIVAL_KEY = 'ct.arrivalCounty';

  it('on a deployment for several counties, a newcomer who arrived by no county\'s link picks theirs once; one who arrived by a link is placed at once', async () => {
    await phone.seed();
    const name = `测${Math.floor(Math.random() * 1e6)}县`;
    const created = await phone.db.transaction().execute((trx) => createCounty(trx, { name, campaignName: `${name}创建全国文明城市`, campaignStart: '2026-03-01' }, new Date(), 'county-cli'));

    const home = await phone.signIn({ openid: `o-${randomUUID()}` });
    await home.waitForText('请选择您所在的县（市、区）');
    await home.tap(name);
    const joined = phone.program.current();
    await joined.waitForText(`${name}创建全国文明城市`);
    expect(joined.text()).not.toContain('请选择您所在的县');

    (globalThis as { wx?: { setStorageSync(k: string, v: unknown): void } }).wx!.setStorageSync(ARRIVAL_KEY, created.countyId);
    const arrived = await phone.signIn({ openid: `o-${randomUUID()}` });
    await arrived.waitForText(`${name}创建全国文明城市`);
    expect(arrived.text()).not.toContain('请选择您所在的县');
    (globalThis as { wx?: { removeStorageSync(k: string): void } }).wx!.removeStorageSync(ARRIVAL_KEY);
  });

  it('a resident chooses her WeChat avatar with WeChat\'s avatar button and her name in the nickname field; a volunteer fills his phone with WeChat\'s phone-number button', async () => {
    const county = await phone.seed();
    const edit = await phone.signIn('resident', '/features/profile/pages/edit/index');
    await edit.waitForText('选择微信头像');
    await edit.send(edit.find('选择微信头像'), 'chooseavatar', { avatarUrl: 'wxfile://tmp/avatar.jpg' });
    await edit.waitForText('换一个头像');
    await edit.type('请填写您的姓名', '张秀兰');
    await edit.tap('保存');
    await edit.waitFor(() => phone.program.wx.toasts.includes('已保存'));
    const row = await phone.db.selectFrom('users').select(['name', 'avatarRef']).where('id', '=', county.people.resident.userId).executeTakeFirstOrThrow();
    expect(row.name).toBe('张秀兰');
    expect(row.avatarRef).toEqual(expect.any(String));

    county.runtime.phoneNumbers = fakePhoneNumbers({ 'wx-code-1': '13812345678' });
    const register = await phone.signIn('resident', '/features/volunteers/pages/register/index');
    await register.waitForText('用微信绑定的手机号');
    await register.send(register.find('用微信绑定的手机号'), 'getphonenumber', { code: 'wx-code-1' });
    // The number WeChat gave fills the phone field (the compiled input's value).
    await register.waitFor(() => register.fieldValue('11位手机号') === '13812345678', 'filled the phone');
    expect(await phone.db.selectFrom('users').select('phone').where('id', '=', county.people.resident.userId).executeTakeFirstOrThrow()).toEqual({ phone: '13812345678' });
  });

  it('a guardian gives his child her own WeChat with a one-time code: her phone opens the shared card, says whose child account it is, and links it', async () => {
    const county = await phone.seed();
    const { childId } = data<{ childId: string }>(await county.as('guardian')('households', 'addChild', { givenName: '小雨', birthMonth: '2017-05', guardianConsent: true }));
    const link = data<{ path: string }>(await county.as('guardian')('households', 'childLinkCode', { childId }));
    // Her own WeChat, which the server has never seen, opens the card's page.
    const page = await phone.signIn({ openid: `${county.openidPrefix}xiaoyu-phone` }, link.path);
    await page.waitForText('这是王建国为你添加的孩子账号：小雨');
    await page.tap('确认');
    await page.waitForText('连好啦！你好，小雨！');
    const row = await phone.db.selectFrom('users').select(['openid', 'isMinor']).where('id', '=', childId).executeTakeFirstOrThrow();
    expect(row).toEqual({ openid: `${county.openidPrefix}xiaoyu-phone`, isMinor: true });
  });
});
