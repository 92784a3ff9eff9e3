import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * Taro's element name → the alias its template in base.wxml is named after
 * (`tmpl_0_<alias>`), as the weapp runtime computes it. Read in a plain Node
 * process: the platform plugin is an ES module, which Node loads and jest's
 * module system does not.
 */
export function templateAliases(): Record<string, { _num: string }> {
  return JSON.parse(
    execFileSync(
      process.execPath,
      [
        '-e',
        `const shared = require('@tarojs/shared'); const weapp = require('@tarojs/plugin-platform-weapp/dist/runtime-utils.js');
         process.stdout.write(JSON.stringify(shared.getComponentsAlias({ ...shared.internalComponents, ...weapp.components })));`,
      ],
      { encoding: 'utf8', cwd: path.resolve(__dirname, '../../..') },
    ),
  );
}
