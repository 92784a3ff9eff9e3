/**
 * Jest project "ui": Taro + NutUI components rendered in jsdom.
 *
 * Spread into the root jest.config.js:   projects: [{ ...require('./test/ui/jest.ui.config.js').project }, ...]
 * or run alone:                          npx jest -c test/ui/jest.ui.config.js
 *
 * How it works (ARCHITECTURE.md, "Stack facts"):
 * - @tarojs/components → @tarojs/components/lib/react (the H5 web components, as React components)
 * - @tarojs/taro → test/ui/taro-shim.ts (the H5 API of @tarojs/taro-h5 plus the React lifecycle
 *   hooks of @tarojs/plugin-framework-react/dist/runtime)
 * - the ENABLE_* build constants and our defineConstants are globals
 * - @tarojs, @nutui and other ESM-only packages are transformed by babel-preset-taro
 * Page lifecycles (useLoad, useDidShow) do not fire here: logic lives in hooks/components.
 */
const path = require('path')

const rootDir = path.resolve(__dirname, '../..')

const esmPackages = [
  '@tarojs',
  '@nutui',
  '@stencil',
  '@swc/helpers',
  '@babel/runtime',
  'lodash-es',
  'classnames',
  'query-string',
  'decode-uri-component',
  'split-on-first',
  'filter-obj',
  'is-mobile',
  'jsonp-retry',
  'ics',
  'base64-js',
  'platform',
  'tslib',
  'swiper',
  'ssr-window',
  'dom7',
  'weui',
  'hls.js',
  'resolve-pathname',
  'history',
  'mobile-detect',
  'intersection-observer',
  'react-fast-compare',
  'lodash.kebabcase',
  'dayjs',
  'nanoid',
  'runes2',
  'yup',
  'property-expr',
  'tiny-case',
  'toposort',
]

const project = {
  displayName: 'ui',
  rootDir,
  testEnvironment: 'jsdom',
  testEnvironmentOptions: { url: 'http://localhost/', customExportConditions: ['browser', 'module', 'default'] },
  testMatch: ['<rootDir>/test/ui/**/*.test.tsx'],
  setupFiles: ['<rootDir>/test/ui/setup.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/ui/after-env.ts'],
  transform: {
    '^.+\\.(t|j)sx?$': ['babel-jest', { configFile: path.join(rootDir, 'babel.config.js') }],
    '^.+\\.mjs$': ['babel-jest', { configFile: path.join(rootDir, 'babel.config.js') }],
  },
  // transform the listed ESM packages, and everything bundled inside @tarojs/* (it nests its own node_modules)
  transformIgnorePatterns: [
    `^(?!.*/node_modules/@tarojs/).*/node_modules/(?!(${esmPackages.map((p) => p.replace('/', '\\/')).join('|')})/)`,
  ],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'mjs', 'json'],
  moduleNameMapper: {
    '^@tarojs/components$': '@tarojs/components/lib/react',
    '^@tarojs/taro$': '<rootDir>/test/ui/taro-shim.ts',
    '\\.(css|scss|sass|less)$': 'identity-obj-proxy',
    '\\.(png|jpe?g|gif|svg|webp)$': '<rootDir>/test/ui/file-stub.js',
    '^@/(.*)$': '<rootDir>/src/$1',
  },
  globals: {
    ENABLE_INNER_HTML: true,
    ENABLE_ADJACENT_HTML: true,
    ENABLE_SIZE_APIS: true,
    ENABLE_TEMPLATE_CONTENT: true,
    ENABLE_CLONE_NODE: true,
    ENABLE_CONTAINS: true,
    ENABLE_MUTATION_OBSERVER: true,
    DEPRECATED_ADAPTER_COMPONENT: false,
    API_MODE: 'http',
    API_BASE: '',
    CLOUD_ENV: '',
  },
}

// Standalone: this file is itself a Jest config (npx jest -c test/ui/jest.ui.config.js).
// In the root jest.config.js: `require('./test/ui/jest.ui.config.js').project` (or the
// module itself) is the project object; `project` is non-enumerable so Jest's option
// validation does not see it as an unknown option.
module.exports = { ...project }
Object.defineProperty(module.exports, 'project', { value: project, enumerable: false })
