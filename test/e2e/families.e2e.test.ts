import type { Page } from 'playwright-core';
import { TINY_JPEG } from '../server/modules/reports/report-fixtures';
import { seriousA11yViolations } from './support/axe';
import { screenshot } from './support/browser';
import { useAppInBrowser } from './support/phone';

jest.setTimeout(240_000);

const { app, signIn, open, see, tap } = useAppInBrowser();

const drawing = { name: 'drawing.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(TINY_JPEG, 'base64') };
const STORY =
  '我家有爸爸、妈妈、奶奶和我。奶奶腿脚不好，爸爸每天下班都扶她下楼散步；妈妈周末去社区做志愿者，帮邻居打扫楼道。我们家的垃圾每天都分好类再扔，楼下的叔叔阿姨都夸我们。';
const DAY_MS = 24 * 3_600_000;

/** What the person sees: the text of the page on screen (pages kept in the router's stack are hidden). */
function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

describe('文明家庭: a child nominates his family, the guardian consents, staff approve, a neighbour votes', () => {
  it('王小明 nominates with a drawing → 王建国 edits and consents with the child\'s name hidden → 孙丽 approves → in voting 李桂芳 votes → the ranking shows 王家 with 1 票, and the child\'s name nowhere', async () => {
    // 王小明 (a child) opens 文明家庭 from 首页 and nominates his family with a drawing.
    const child = await signIn('王小明');
    await tap(child, '文明家庭');
    await see(child, '推荐中').waitFor();
    await screenshot(child, 'f01-campaign-nomination');
    await tap(child, '推荐我的家庭');
    await see(child, '提交后，会先请爸爸妈妈看一看，同意后才会给社区审核。').waitFor();
    await child.locator('input[placeholder="比如：王家"]').filter({ visible: true }).fill('王小明家');
    await child.locator('textarea[placeholder^="比如：奶奶腿脚不好"]').filter({ visible: true }).fill(STORY.slice(0, 20));
    await see(child, /已写 20 字，还差 30 字/).waitFor();
    await child.locator('textarea[placeholder^="比如：奶奶腿脚不好"]').filter({ visible: true }).fill(STORY);
    await child.locator('input[type=file][aria-label="添加照片或图画"]').setInputFiles(drawing);
    await see(child, '已添加 1 张，最多 9 张').waitFor();
    await screenshot(child, 'f02-nominate-child');
    await tap(child, '提交给爸爸妈妈');
    await see(child, '已经请爸爸妈妈看一看了。他们同意后，就会交给社区审核。').waitFor();
    await see(child, '等待家长同意').waitFor();
    await screenshot(child, 'f03-nomination-child');

    // 王建国 (his guardian) finds it on 首页 under 现在需要您, renames the family 王家 and consents; the child's name stays hidden.
    const guardian = await signIn('王建国');
    await see(guardian, '现在需要您').waitFor();
    await see(guardian, '待同意').waitFor();
    await screenshot(guardian, 'f03b-home-consent-todo');
    await tap(guardian, '王小明推荐了你们家参加文明家庭评选，等您同意');
    await see(guardian, '确认家庭推荐', { exact: true }).waitFor();
    await tap(guardian, '王小明家');
    await see(guardian, '同意并提交社区审核').waitFor();
    await see(guardian, '不公开：大家只看到“由孩子推荐”，看不到孩子的名字').waitFor();
    const nameBox = guardian.locator('input[placeholder="例如：王家"]').filter({ visible: true });
    expect(await nameBox.inputValue()).toBe('王小明家');
    await nameBox.fill('王家');
    await see(guardian, '· 家庭名称“王家”和所在社区（幸福里社区）').waitFor();
    await see(guardian, '· 不会公开孩子的名字').waitFor();
    await screenshot(guardian, 'f04-consent');
    expect(await seriousA11yViolations(guardian)).toEqual([]);
    await tap(guardian, '同意并提交社区审核');
    await see(guardian, '等待社区审核').waitFor();
    await see(guardian, '推荐人：王小明（名字不公开）').waitFor();

    // 孙丽 (幸福里社区's staff) approves it from her workbench.
    const staff = await signIn('孙丽');
    await open(staff, '/pages/mine/index');
    await tap(staff, '推荐审核');
    await tap(staff, '王家');
    await see(staff, '审核这条推荐').waitFor();
    expect(await visibleText(staff)).not.toContain('王小明');
    await screenshot(staff, 'f05-review');
    await tap(staff, '通过');
    await see(staff, '已入选投票名单').waitFor();

    // On the same page 孙丽 rates the household a 十星级文明户: nine of the ten criteria.
    await see(staff, '这户人家还没有评定星级。').waitFor();
    await tap(staff, '评定星级');
    const sheet = staff.getByRole('dialog', { name: '评定十星级文明户' }).filter({ visible: true });
    await sheet.waitFor();
    for (const criterion of ['爱党爱国星', '遵纪守法星', '诚实守信星', '团结友爱星', '勤劳致富星', '孝老爱亲星', '移风易俗星', '卫生健康星', '学习创新星']) {
      await sheet.getByLabel(criterion, { exact: true }).click();
    }
    await see(staff, '评为9星级文明户').waitFor();
    await screenshot(staff, 'f05b-rate-stars');
    expect(await seriousA11yViolations(staff)).toEqual([]);
    await sheet.getByText('保存评定', { exact: true }).click();
    await sheet.waitFor({ state: 'detached' });
    await see(staff, '9星级文明户').waitFor();
    await see(staff, /^达到：爱党爱国星、遵纪守法星/).waitFor();
    await screenshot(staff, 'f05c-stars-rated');
    const [stars] = await app().db.selectFrom('householdStars').select(['stars', 'ratedBy']).execute();
    expect(stars).toEqual({ stars: 9, ratedBy: app().county.people.staff.userId });

    // Voting opens (the campaign's dates decide its phase).
    const now = Date.now();
    await app()
      .db.updateTable('familyCampaigns')
      .set({
        nominationStartsAt: new Date(now - 6 * DAY_MS),
        nominationEndsAt: new Date(now - 4 * DAY_MS),
        votingStartsAt: new Date(now - DAY_MS),
        votingEndsAt: new Date(now + 6 * DAY_MS),
      })
      .where('id', '=', app().county.familyCampaignId)
      .execute();

    // 李桂芳 (a captain, another household) votes for 王家.
    const voter = await signIn('李桂芳');
    await tap(voter, '文明家庭');
    await see(voter, '投票中').waitFor();
    await see(voter, '今天还可以投').waitFor();
    await see(voter, '9星级文明户').waitFor();
    await voter.getByLabel('给王家投票').filter({ visible: true }).click();
    await see(voter, '今天的票已经投完了，明天再来吧').waitFor();
    await see(voter, '今天已投').waitFor();
    await screenshot(voter, 'f06-voted');
    expect(await seriousA11yViolations(voter)).toEqual([]);

    // The ranking (a chart) shows 王家 first with 1 票.
    await tap(voter, '排行榜');
    await voter.getByRole('listitem', { name: '第1名，王家，幸福里社区，1票' }).filter({ visible: true }).waitFor();
    await see(voter, '1 票').waitFor();
    await screenshot(voter, 'f07-ranking');
    expect(await visibleText(voter)).not.toContain('王小明');

    // The family's own page: the story, the drawing, its votes — and still not the child's name.
    await tap(voter, '全部家庭');
    await tap(voter, '王家');
    await see(voter, '家庭故事').waitFor();
    await see(voter, '第1名，共1个家庭').waitFor();
    await screenshot(voter, 'f08-family');
    expect(await visibleText(voter)).not.toContain('王小明');
    expect(await seriousA11yViolations(voter)).toEqual([]);

    // In large text the pages still hold.
    await open(voter, '/pages/home/index');
    await voter.locator('.ct-switch').filter({ visible: true }).first().click();
    await open(voter, '/features/families/pages/campaign/index');
    await see(voter, '投票中').waitFor();
    await screenshot(voter, 'f09-campaign-large');
    expect(await seriousA11yViolations(voter)).toEqual([]);

    const votes = await app().db.selectFrom('familyVotes').select(['voterId']).execute();
    expect(votes).toEqual([{ voterId: app().county.people.captain.userId }]);
  });

  it('李桂芳 nominates her neighbour 陈志刚\'s family, picking the home room by room → nobody else sees it until 陈志刚 agrees from 首页 → then it goes to the community', async () => {
    // Nominations open again (the campaign's dates decide its phase).
    const now = Date.now();
    await app()
      .db.updateTable('familyCampaigns')
      .set({
        nominationStartsAt: new Date(now - DAY_MS),
        nominationEndsAt: new Date(now + 6 * DAY_MS),
        votingStartsAt: new Date(now + 7 * DAY_MS),
        votingEndsAt: new Date(now + 14 * DAY_MS),
      })
      .where('id', '=', app().county.familyCampaignId)
      .execute();

    const captain = await signIn('李桂芳');
    await tap(captain, '文明家庭');
    await see(captain, '推荐中').waitFor();
    await tap(captain, '推荐邻居家庭');
    await see(captain, '邻居家的成年人同意后，才会交给社区审核；在那之前，只有您和他们家能看到这条推荐。').waitFor();
    // the picker starts in her own community
    await see(captain, '在哪栋楼？').waitFor();
    await see(captain, '幸福里社区 ✎').waitFor();
    await tap(captain, '2号楼');
    await tap(captain, '1单元');
    await tap(captain, '102');
    await see(captain, '幸福里社区 2号楼 1单元 102').waitFor();
    await captain.locator('input[placeholder="例如：李家"]').filter({ visible: true }).fill('陈家');
    await captain.locator('textarea[placeholder^="例如：李阿姨"]').filter({ visible: true }).fill(STORY);
    await screenshot(captain, 'f10-nominate-neighbour');
    expect(await seriousA11yViolations(captain)).toEqual([]);
    await tap(captain, '提交，请邻居家同意');
    await see(captain, '等待被推荐的家庭同意，同意后交给社区审核。').waitFor();
    await see(captain, '等待被推荐家庭同意').waitFor();

    const row = await app().db.selectFrom('familyNominations').select(['id', 'householdId', 'nominatorKind', 'status']).where('displayName', '=', '陈家').executeTakeFirstOrThrow();
    expect(row).toMatchObject({ householdId: app().county.households['幸福里社区/2号楼/1单元/102'], nominatorKind: 'neighbour', status: 'awaiting_consent' });

    // 陈志刚 (an adult of that home) sees it on 首页, reads it and agrees.
    const neighbour = await signIn('陈志刚');
    await tap(neighbour, '邻居推荐了您家参加文明家庭评选，等您同意');
    await see(neighbour, '邻居推荐了您家，等您同意').waitFor();
    await screenshot(neighbour, 'f11-consents-neighbour');
    await tap(neighbour, '陈家');
    await see(neighbour, '邻居推荐了您家参加文明家庭评选。请看看下面的内容，您可以修改；您同意后才会交给社区审核。').waitFor();
    await tap(neighbour, '同意并提交社区审核');
    await see(neighbour, '等待社区审核').waitFor();

    // and no longer on his 首页
    await open(neighbour, '/pages/home/index');
    await see(neighbour, '现在需要您').waitFor();
    await see(neighbour, '创文第', { exact: false }).waitFor();
    await neighbour.waitForFunction(() => !document.body.innerText.includes('正在加载'));
    expect(await visibleText(neighbour)).not.toContain('等您同意');
  });
});
