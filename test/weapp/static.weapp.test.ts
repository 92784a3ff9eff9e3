import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { templateAliases } from './support/aliases';
import { allRoutes, appJson, WEAPP_ROOT } from './support/mini-program';

/**
 * What WeChat needs of the compiled package before anything runs: every page
 * of app.json built, and a template in base.wxml for every element the React
 * tree can ask for. Taro renders a node through the template named after its
 * element (`tmpl_0_<alias>`); an element with no template (NutUI icons'
 * default `<i>`) draws nothing in WeChat, silently, while H5 shows it.
 */
const ALIASES = templateAliases();

function bundles(dir = WEAPP_ROOT): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return bundles(full);
    return name.endsWith('.js') ? [full] : [];
  });
}

/**
 * The element names the bundles can create: the mini-program components the
 * app imports (Taro's tree-shaken `const View="view",…` list, `var` where the build targets ES5), a literal passed
 * to jsx/createElement (not document.createElement), and a library's
 * configured tag (`tag:"i"`, NutUI's icons).
 */
function elementNames(code: string): Set<string> {
  const names = new Set<string>();
  for (const m of code.matchAll(/(?:var|let|const)\s+[\w$]+="[a-z][a-z-]*"(?:,[\w$]+="[a-z][a-z-]*")*/g)) {
    const declared = [...m[0].matchAll(/="([a-z][a-z-]*)"/g)].map((d) => d[1]);
    if (declared.length > 1 && declared.every((n) => n in ALIASES)) declared.forEach((n) => names.add(n));
  }
  for (const m of code.matchAll(/(?<![.\w])(?:jsxs?|jsxDEV|createElement)\)?\(\s*"([a-z][a-z0-9-]*)"/g)) names.add(m[1]);
  for (const m of code.matchAll(/\btag:\s*"([a-z][a-z0-9-]*)"/g)) names.add(m[1]);
  return names;
}

const templates = new Set([...readFileSync(path.join(WEAPP_ROOT, 'base.wxml'), 'utf8').matchAll(/<template name="tmpl_0_([^"]+)"/g)].map((m) => m[1]));

describe('the compiled mini-program package', () => {
  it('has the script, the config and the template of every page in app.json', () => {
    const missing = allRoutes().flatMap((route) => ['.js', '.json', '.wxml'].filter((ext) => !existsSync(path.join(WEAPP_ROOT, `${route}${ext}`))).map((ext) => `${route}${ext}`));
    expect(missing).toEqual([]);
    expect(allRoutes().length).toBeGreaterThan(60);
  });

  it('lists its tab pages in the main package', () => {
    const json = appJson();
    for (const tab of json.tabBar?.list ?? []) expect(json.pages).toContain(tab.pagePath);
  });

  it('has a template in base.wxml for every element the app can render', () => {
    const found = new Map<string, string>();
    for (const file of bundles()) for (const name of elementNames(readFileSync(file, 'utf8'))) found.set(name, path.relative(WEAPP_ROOT, file));
    expect(found.size).toBeGreaterThan(5);
    const withoutTemplate = [...found].filter(([name]) => !templates.has(ALIASES[name]?._num ?? name)).map(([name, file]) => `<${name}> (in ${file})`);
    expect(withoutTemplate).toEqual([]);
  });
});
