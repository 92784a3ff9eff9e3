import { randomUUID } from 'node:crypto';
import { STORY } from '../server/modules/families/family-fixtures';
import { seriousA11yViolations } from './support/axe';
import { screenshot } from './support/browser';
import { useAppInBrowser } from './support/phone';

jest.setTimeout(150_000);

const { app, signIn, open, see, tap } = useAppInBrowser();

describe('children in child mode, in the browser', () => {
  it('王建国 adds 小雨 with his consent, hands her the phone; she nominates the family in child mode; only a grown-up\'s sum ends it; his own consent then takes a second look', async () => {
    const parent = await signIn('王建国');
    await open(parent, '/pages/mine/index');
    await tap(parent, '我的孩子');
    await tap(parent, '添加孩子');
    await parent.locator('input[placeholder="例如：小雨"]').filter({ visible: true }).fill('小雨');
    await parent.locator('input[type=month]').filter({ visible: true }).fill('2017-05');
    await tap(parent, '添加孩子');
    // Not without the guardian's consent.
    await see(parent, '请阅读并同意《儿童个人信息保护规则》').waitFor();
    await parent.locator('.hh-rules + .ct-spread .ct-switch').filter({ visible: true }).click();
    await screenshot(parent, 'children-00-add');
    expect(await seriousA11yViolations(parent)).toEqual([]);
    await tap(parent, '添加孩子');
    await see(parent, '小雨').waitFor();
    await see(parent, '9岁 · 未满14岁，公开内容要监护人同意').waitFor();

    await tap(parent, '交给小雨用');
    await see(parent, '你好，小雨！').waitFor();
    await see(parent, '孩子模式 · 小雨').waitFor();
    await screenshot(parent, 'children-01-child-home');
    expect(await seriousA11yViolations(parent)).toEqual([]);

    await tap(parent, '推荐我的家');
    await tap(parent, '推荐我的家庭');
    await see(parent, '提交后，会先请爸爸妈妈看一看，同意后才会给社区审核。').waitFor();
    await parent.locator('input[placeholder="比如：王家"]').filter({ visible: true }).fill('小雨的家');
    await parent.locator('textarea[placeholder^="比如：奶奶腿脚不好"]').filter({ visible: true }).fill(STORY);
    await tap(parent, '提交给爸爸妈妈');
    await see(parent, '已经请爸爸妈妈看一看了。他们同意后，就会交给社区审核。').waitFor();
    const row = await app().db
      .selectFrom('familyNominations as n')
      .innerJoin('users as u', 'u.id', 'n.nominatedBy')
      .select(['u.name', 'n.nominatorKind', 'n.hostedBy'])
      .where('n.displayName', '=', '小雨的家')
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ name: '小雨', nominatorKind: 'child', hostedBy: app().county.people.guardian.userId });

    // A wrong answer keeps child mode; the right one ends it.
    await tap(parent, '家长退出');
    await parent.locator('input[placeholder="填写答案"]').filter({ visible: true }).fill('1');
    await tap(parent, '确定退出');
    await see(parent, '不对哦，请家长来算（已换了一道题）').waitFor();
    await screenshot(parent, 'children-02-grown-up-question');
    const question = await parent.getByText(/^请家长算一算：\d+ × \d+ = \?$/).filter({ visible: true }).first().innerText();
    const [, a, b] = /(\d+) × (\d+)/.exec(question)!;
    await parent.locator('input[placeholder="填写答案"]').filter({ visible: true }).fill(String(Number(a) * Number(b)));
    await tap(parent, '确定退出');
    await see(parent, '我的孩子').waitFor();
    expect(await parent.getByText('孩子模式 · 小雨').filter({ visible: true }).count()).toBe(0);

    // His consent to what she wrote on his phone asks for a second look first.
    await tap(parent, '确认家庭推荐');
    await tap(parent, '小雨的家');
    await see(parent, '这份推荐是孩子在您手机上写的').waitFor();
    await tap(parent, '同意并提交社区审核');
    await see(parent, '请先和孩子一起重新读一遍，再打开上面的开关').waitFor();
    await parent.locator('.fm-second-look .ct-switch').filter({ visible: true }).click();
    await screenshot(parent, 'children-03-second-look');
    await tap(parent, '同意并提交社区审核');
    await see(parent, '等待社区审核').waitFor();
  });

  it('the other guardian, on her own phone, agrees in one step to what the child wrote on his', async () => {
    // 张秀兰 has moved in with 陈志刚 (bound to his home, 2号楼1单元102), so she can be their child's other guardian.
    const county = app().county;
    await app().db
      .insertInto('householdRequests')
      .values({ id: randomUUID(), countyId: county.countyId, householdId: county.households['幸福里社区/2号楼/1单元/102'], userId: county.people.resident.userId, relation: 'family', status: 'approved', reason: null, requestedAt: new Date(), decidedBy: null, decidedRole: 'captain', decidedAt: new Date(), endedAt: null, endedBy: null })
      .execute();

    const parent = await signIn('陈志刚');
    await open(parent, '/features/household/pages/children/index');
    await tap(parent, '添加孩子');
    await parent.locator('input[placeholder="例如：小雨"]').filter({ visible: true }).fill('小雪');
    await parent.locator('input[type=month]').filter({ visible: true }).fill('2016-09');
    await parent.getByRole('radio', { name: '张秀兰' }).filter({ visible: true }).first().click();
    await parent.locator('.hh-rules + .ct-spread .ct-switch').filter({ visible: true }).click();
    await tap(parent, '添加孩子');
    await see(parent, '小雪').waitFor();

    // 小雪 nominates the family on her father's phone.
    await parent.locator('.ct-card').filter({ hasText: '小雪' }).getByText('交给小雪用').filter({ visible: true }).first().click();
    await see(parent, '你好，小雪！').waitFor();
    await tap(parent, '推荐我的家');
    await tap(parent, '推荐我的家庭');
    await parent.locator('input[placeholder="比如：王家"]').filter({ visible: true }).fill('小雪的家');
    await parent.locator('textarea[placeholder^="比如：奶奶腿脚不好"]').filter({ visible: true }).fill(STORY);
    await tap(parent, '提交给爸爸妈妈');
    await see(parent, '已经请爸爸妈妈看一看了。他们同意后，就会交给社区审核。').waitFor();

    // 张秀兰 was told when she became a guardian; on her own phone no second look is asked.
    const mother = await signIn('张秀兰');
    await open(mother, '/pages/inbox/index');
    await see(mother, '陈志刚添加了孩子小雪').waitFor();
    await open(mother, '/features/families/pages/consents/index');
    await tap(mother, '小雪的家');
    await see(mother, '同意并提交社区审核').waitFor();
    expect(await mother.getByText('这份推荐是孩子在您手机上写的').filter({ visible: true }).count()).toBe(0);
    await screenshot(mother, 'children-04-other-guardian');
    expect(await seriousA11yViolations(mother)).toEqual([]);
    await tap(mother, '同意并提交社区审核');
    await see(mother, '等待社区审核').waitFor();
    const row = await app().db.selectFrom('familyNominations').select('status').where('displayName', '=', '小雪的家').executeTakeFirstOrThrow();
    expect(row.status).toBe('submitted');
  });
});
