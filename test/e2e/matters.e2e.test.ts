import type { Page } from 'playwright-core';
import { TINY_JPEG } from '../server/modules/reports/report-fixtures';
import { seriousA11yViolations } from './support/axe';
import { screenshot } from './support/browser';
import { useAppInBrowser } from './support/phone';

jest.setTimeout(240_000);

const { signIn, open, see, tap } = useAppInBrowser();

const photo = { name: 'stairs.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(TINY_JPEG, 'base64') };
const TEXT = '三楼楼道里堆了一个旧沙发和好几袋杂物，已经一个星期了，老人上下楼要侧着身子走';
const ANSWER = '收到，我今晚就去三楼问问是谁家的，请他们这两天搬走';
const RESOLUTION = '三楼的住户已经把沙发和杂物搬走了，楼道通了';

/** What the person can read on the page now (Taro keeps earlier pages of the stack hidden in the DOM). */
async function visibleText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

describe('问题不下楼: a resident asks the building captain, who answers and settles it', () => {
  let matterPath = '';

  it('王建国 raises a matter with a photo → 李桂芳 finds it in 楼栋事务, answers and resolves it → 王建国 sees the answer and the resolution', async () => {
    // 王建国 (幸福里社区 1号楼 1单元 301) finds 找楼长 on 首页.
    const resident = await signIn('王建国');
    await tap(resident, '找楼长');
    await see(resident, '幸福里社区 1号楼 1单元 301').waitFor();
    await see(resident, '发给本楼楼长').waitFor();
    await tap(resident, '楼道杂物');
    await resident.locator('.mt-textarea textarea').filter({ visible: true }).fill(TEXT);
    await resident.locator('input[type=file][aria-label="添加现场照片"]').setInputFiles(photo);
    await see(resident, '已添加 1 张，最多 9 张').waitFor();
    await screenshot(resident, 'm01-raise');
    expect(await seriousA11yViolations(resident)).toEqual([]);
    await tap(resident, '发给楼长');
    await see(resident, '楼长还没有回复。有回复、解决了，都会在“消息”里告诉您。').waitFor();
    await see(resident, '待处理').waitFor();
    matterPath = new URL(resident.url()).hash.slice(1);
    expect(matterPath).toMatch(/^\/features\/matters\/pages\/matter\/index\?id=[0-9a-f-]{36}$/);
    await screenshot(resident, 'm02-raised');

    // 李桂芳, the building's captain: 我的 → 工作台 → 楼栋事务; the room and a masked name, never the full name.
    const captain = await signIn('李桂芳');
    await open(captain, '/pages/mine/index');
    await tap(captain, '楼栋事务');
    await see(captain, '待处理（1）').waitFor();
    await see(captain, /1单元 301 · 王\*\*/).waitFor();
    expect(await visibleText(captain)).not.toContain('王建国');
    await screenshot(captain, 'm03-queue');
    expect(await seriousA11yViolations(captain)).toEqual([]);
    await tap(captain, TEXT);
    await see(captain, '怎么处理').waitFor();
    await screenshot(captain, 'm04-matter-captain');
    await tap(captain, '回复居民');
    await captain.locator('.ct-sheet textarea').filter({ visible: true }).fill(ANSWER);
    await screenshot(captain, 'm05-answer-sheet');
    await tap(captain, '发送回复');
    await see(captain, ANSWER).waitFor();
    await see(captain, '已回复').waitFor();
    await tap(captain, '标记已解决');
    await captain.locator('.ct-sheet textarea').filter({ visible: true }).fill(RESOLUTION);
    await tap(captain, '确认已解决');
    await see(captain, RESOLUTION).waitFor();
    await see(captain, '已解决').waitFor();
    expect(await captain.getByText('转为随手拍').filter({ visible: true }).count()).toBe(0);
    await screenshot(captain, 'm06-resolved-captain');

    // 王建国 is told in 消息, and reads the answer in 我找楼长的事.
    await open(resident, '/pages/inbox/index');
    await see(resident, '楼长回复了您反映的事').waitFor();
    await see(resident, '您反映的事楼长已经解决了').waitFor();
    await open(resident, '/features/matters/pages/mine/index');
    await see(resident, '解决情况：').waitFor();
    await see(resident, RESOLUTION).waitFor();
    await see(resident, '已解决').waitFor();
    await screenshot(resident, 'm07-mine');
    expect(await seriousA11yViolations(resident)).toEqual([]);
    await tap(resident, RESOLUTION);
    await see(resident, '楼长李桂芳回复', { exact: false }).waitFor();
    await see(resident, ANSWER).waitFor();
    await see(resident, '这件事已经解决了。谢谢您让楼里更好。').waitFor();
    await screenshot(resident, 'm08-matter-resident');
  });

  it('someone with no home bound is shown the way to bind instead of the form', async () => {
    const newcomer = await signIn('张秀兰');
    await open(newcomer, '/features/matters/pages/raise/index');
    await see(newcomer, '先绑定您家的住址').waitFor();
    await screenshot(newcomer, 'm09-not-bound');
    await tap(newcomer, '去绑定住户');
    await see(newcomer, '绑定住户', { exact: false }).waitFor();
  });

  it('the pages hold up in large text, with no serious axe findings', async () => {
    const page = await signIn('李桂芳');
    await open(page, '/pages/home/index');
    await page.locator('.ct-switch').filter({ visible: true }).first().click();
    const pages: [string, string][] = [
      ['raise', '/features/matters/pages/raise/index'],
      ['mine', '/features/matters/pages/mine/index'],
      ['queue', '/features/matters/pages/queue/index'],
      ['matter', matterPath],
    ];
    const findings: Record<string, string[]> = {};
    for (const [name, path] of pages) {
      await open(page, path);
      await page.locator('.ct-card, .ct-state').filter({ visible: true }).first().waitFor();
      await screenshot(page, `m-large-${name}`);
      const found = await seriousA11yViolations(page);
      if (found.length) findings[name] = found;
    }
    expect(findings).toEqual({});
  });
});
