import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileReport } from '../server/modules/reports/report-fixtures';
import { useMiniProgram } from './support/backend';
import { WEAPP_ROOT, type WeappPage } from './support/mini-program';

/**
 * The mini-program draws its own tab bar (custom-tab-bar/index): WeChat's
 * native one keeps its labels at 10px whatever the app asks, also in 大字模式.
 * The compiled component, attached as WeChat attaches it to a tab page.
 */
const phone = useMiniProgram();

const TAB_BAR = 'custom-tab-bar/index';

function tabs(bar: WeappPage): Element[] {
  return bar.byClass('tab');
}

function labelOf(t: Element): string {
  return (t.querySelector('[class*="label"]')?.textContent ?? '').trim();
}

function labels(bar: WeappPage): string[] {
  return tabs(bar).map(labelOf);
}

/** The tabs announced as selected (aria-selected), by their text. */
function selectedTabs(bar: WeappPage): string[] {
  return tabs(bar)
    .filter((t) => bar.attr(t, 'aria-selected') === 'true')
    .map(labelOf);
}

function tab(bar: WeappPage, text: string): Element {
  const found = tabs(bar).find((t) => labelOf(t) === text);
  if (!found) throw new Error(`the tab bar has no ${text}: ${labels(bar).join(' | ')}`);
  return found;
}

/** j-component prefixes every class with the component's tag: the class names as the WXSS writes them. */
function classesOf(el: Element): string[] {
  return el.className.split(/\s+/).filter(Boolean).map((c) => c.replace(/^[a-z]+--/, ''));
}

/** The compiled WXSS of the tab bar: [selector, declarations] of every rule. */
function wxssRules(): [string, string][] {
  const wxss = readFileSync(path.join(WEAPP_ROOT, `${TAB_BAR}.wxss`), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  return wxss
    .split('}')
    .filter((r) => r.includes('{'))
    .flatMap((r) => {
      const [selectors, body] = r.split('{');
      return selectors.split(',').map((s) => [s.trim().replace(/\s+/g, ' '), body] as [string, string]);
    });
}

/**
 * What the compiled WXSS sets `property` to for `el`: of the rules whose
 * selector is one of its classes, maybe under one of its ancestors' classes,
 * the most specific, and the last of those (as the cascade picks).
 */
function styleOf(el: Element, property: string): string | undefined {
  const own = classesOf(el);
  const above: string[] = [];
  for (let p = el.parentElement; p; p = p.parentElement) above.push(...classesOf(p));
  let best: { specificity: number; value: string } | undefined;
  for (const [selector, body] of wxssRules()) {
    const parts = selector.split(' ').map((p) => p.replace(/^\./, ''));
    const target = parts[parts.length - 1];
    if (!own.includes(target) || !parts.slice(0, -1).every((p) => above.includes(p))) continue;
    const value = new RegExp(`(?:^|;)\\s*${property}\\s*:\\s*([^;]+)`).exec(body)?.[1]?.trim();
    if (value !== undefined && (!best || parts.length >= best.specificity)) best = { specificity: parts.length, value };
  }
  return best?.value;
}

/** A length in CSS px on the 375-wide phone of the tests (750rpx = 375px; PX is left as written). */
function cssPx(length: string | undefined): number {
  const m = /^([\d.]+)(rpx|px|PX)$/.exec(length ?? '');
  if (!m) throw new Error(`not a length: ${length}`);
  return m[2] === 'rpx' ? Number(m[1]) / 2 : Number(m[1]);
}

function labelSize(bar: WeappPage, text: string): number {
  return cssPx(styleOf(tab(bar, text).querySelector('[class*="label"]')!, 'font-size'));
}

describe('the tab bar in the compiled mini-program', () => {
  it('shows the four tabs with their icons and colours, marks the open one, and a tap switches tab', async () => {
    await phone.seed();
    await phone.signIn('resident');
    const bar = phone.program.attachComponent(TAB_BAR);
    await phone.program.settle();

    expect(labels(bar)).toEqual(['首页', '随手拍', '消息', '我的']);
    expect(selectedTabs(bar)).toEqual(['首页']);
    const icons = tabs(bar).map((t) => bar.attr(t.querySelector('wx-image')!, 'src'));
    expect(icons).toEqual(['/assets/tabbar/home-active.png', '/assets/tabbar/report.png', '/assets/tabbar/inbox.png', '/assets/tabbar/mine.png']);
    for (const icon of icons) expect(existsSync(path.join(WEAPP_ROOT, icon!))).toBe(true);
    const colours = tabs(bar).map((t) => t.querySelector('[class*="label"]')!.getAttribute('style'));
    expect(colours).toEqual(['color: #C8161D;', 'color: #5E554D;', 'color: #5E554D;', 'color: #5E554D;']);
    // each tab is a target of at least 44px
    expect(cssPx(styleOf(tab(bar, '首页'), 'min-height'))).toBeGreaterThanOrEqual(44);

    const wx = (globalThis as any).wx;
    const switchTab = wx.switchTab;
    const asked: string[] = [];
    wx.switchTab = (o: { url: string }) => (asked.push(o.url), switchTab(o));
    try {
      await bar.tapElement(tab(bar, '消息'));
      await phone.program.current().waitForText('还没有消息');
    } finally {
      wx.switchTab = switchTab;
    }
    expect(asked).toEqual(['/pages/inbox/index']);
    expect(phone.program.routes()).toEqual(['pages/inbox/index']);
    expect(selectedTabs(bar)).toEqual(['消息']);
    expect(bar.attr(tab(bar, '消息').querySelector('wx-image')!, 'src')).toBe('/assets/tabbar/inbox-active.png');

    // a tab page opened another way (a button's switchTab) selects its own tab as it shows
    await phone.program.relaunch('/pages/mine/index');
    expect(selectedTabs(bar)).toEqual(['我的']);
  });

  it('carries the unread count on 消息 (WeChat\'s setTabBarBadge does nothing to a custom bar), and says it', async () => {
    const county = await phone.seed();
    const reportId = await fileReport(county, 'guardian');
    await county.as('staff')('reports', 'accept', { reportId });
    const bar = phone.program.attachComponent(TAB_BAR);
    const home = await phone.signIn('guardian');
    await home.waitFor(() => bar.byClass('badge').length > 0, 'showed a badge on the tab bar');
    expect(bar.byClass('badge').map((b) => b.textContent)).toEqual(['1']);
    expect(bar.attr(tab(bar, '消息'), 'aria-label')).toBe('消息，1条未读');
    expect(bar.attr(tab(bar, '首页'), 'aria-label')).toBe('首页');

    await bar.tapElement(tab(bar, '消息'));
    const inbox = phone.program.current();
    await inbox.tap('全部已读');
    await inbox.waitFor(() => bar.byClass('badge').length === 0, 'took the badge away');
    expect(bar.attr(tab(bar, '消息'), 'aria-label')).toBe('消息');
  });

  it('draws its labels at H5\'s size, and larger in 大字模式 the moment the switch is turned on', async () => {
    await phone.seed();
    const home = await phone.signIn('resident');
    const bar = phone.program.attachComponent(TAB_BAR);
    await home.waitForText('大字模式');
    const normal = labelSize(bar, '首页');
    // H5's tab bar label: 24px of the 750 design (src/app.scss), 12 CSS px on this phone
    expect(normal).toBeGreaterThanOrEqual(12);

    await home.tapElement(home.byClass('ct-switch')[0]);
    expect(phone.program.wx.toasts).toContain('已开启大字模式');
    expect(bar.byClass('bar--large')).toHaveLength(1);
    const large = labelSize(bar, '首页');
    expect(large).toBeGreaterThanOrEqual(normal * 1.25);
    expect(labelSize(bar, '我的')).toBe(large);
    expect(cssPx(styleOf(tab(bar, '首页'), 'min-height'))).toBeGreaterThanOrEqual(44);

    // and a bar attached later (the next tab page's own) opens large
    const next = phone.program.attachComponent(TAB_BAR);
    expect(next.byClass('bar--large')).toHaveLength(1);
  });
});
