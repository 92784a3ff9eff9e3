import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Serious and critical axe findings on the page, minus the ones we cannot fix
 * in our code: Taro's H5 page container is a scrollable region without
 * focusable content, and its title bar sits outside any landmark. (The switch
 * and the tick box are our own components now: nothing of ours is excluded.)
 */
export async function seriousA11yViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: any[] }> } }).axe;
    const result = await axe.run(
      { exclude: [['.ct-switch'], ['.nut-checkbox']] },
      { resultTypes: ['violations'], rules: { 'scrollable-region-focusable': { enabled: false }, region: { enabled: false } } },
    );
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n: { target: string[] }) => n.target.join(' ')).join(', ')}`);
  });
}
