import type { Page } from 'playwright-core';

/**
 * Things a person taps that are smaller than 44 × 44 CSS px on the page they
 * see (Taro keeps earlier pages in the DOM, hidden; those are skipped). A text
 * field counts by its height only. Each is named by its label or text.
 */
export async function smallTouchTargets(page: Page, min = 44): Promise<string[]> {
  return page.evaluate((min) => {
    const selector = [
      'a[href]',
      'button',
      'input:not([type=hidden])',
      'textarea',
      '[role=button]',
      '[role=link]',
      '[role=radio]',
      '[role=checkbox]',
      '[role=switch]',
      '[role=tab]',
      '.taro-navigation-bar-home',
      '.taro-navigation-bar-back',
    ].join(',');
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll<HTMLElement>(selector))) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      if (el.closest('.taro_page') && !el.closest('.taro_page_show')) continue;
      const field = el.tagName === 'INPUT' || el.tagName === 'TEXTAREA';
      const h = r.height;
      const small = field ? h < min : r.width < min || r.height < min;
      if (small) {
        const name = el.getAttribute('aria-label') || el.getAttribute('placeholder') || (el.textContent ?? '').trim().slice(0, 20) || el.className;
        out.push(`${name} ${Math.round(r.width)}×${Math.round(h)}`);
      }
    }
    return out;
  }, min);
}
