import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import devConfig from './dev'
import prodConfig from './prod'

/**
 * Taro build config. Output goes to dist/<platform> so the H5 and weapp
 * builds never overwrite each other (project.config.json points WeChat
 * DevTools at dist/weapp/).
 *
 * Build constants (read in src/lib/cloud.ts, declared in types/global.d.ts):
 *   API_MODE  'cloud' | 'http'  (TARO_APP_API_MODE; default http on h5, cloud on weapp)
 *   API_BASE  origin of the local server for http mode (TARO_APP_API_BASE; '' = same origin)
 *   CLOUD_ENV WeChat cloud environment id (TARO_APP_CLOUD_ENV)
 *   BUILD_ID  this build's own mark (src/lib/answer-cache.ts reads no answer an earlier build kept)
 */
export default defineConfig<'webpack5'>(async (merge, { mode }) => {
  const platform = process.env.TARO_ENV || 'h5'
  const apiMode = process.env.TARO_APP_API_MODE || (platform === 'weapp' ? 'cloud' : 'http')
  if (apiMode !== 'cloud' && apiMode !== 'http') {
    throw new Error(`TARO_APP_API_MODE must be 'cloud' or 'http', got '${apiMode}'`)
  }

  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'civic-together',
    date: '2025-11-27',
    // NutUI is drawn for a 375 design; our own styles for 750.
    designWidth(input?: unknown) {
      const file = String((input as { file?: string } | undefined)?.file ?? '').replace(/\\+/g, '/')
      if (file.indexOf('@nutui') > -1) return 375
      return 750
    },
    deviceRatio: {
      375: 2,
      640: 2.34 / 2,
      750: 1,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    outputRoot: `dist/${platform}`,
    plugins: [],
    defineConstants: {
      API_MODE: JSON.stringify(apiMode),
      API_BASE: JSON.stringify(process.env.TARO_APP_API_BASE || ''),
      CLOUD_ENV: JSON.stringify(process.env.TARO_APP_CLOUD_ENV || ''),
      BUILD_ID: JSON.stringify(Date.now().toString(36)),
    },
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: false },
    sass: {},
    mini: {
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      optimizeMainPackage: { enable: true },
      webpackChain(chain, webpack) {
        // NutUI's icons draw an <i>, which has no template in WeChat: they draw a view instead (config/weapp/nutui-icon-config.js).
        chain
          .plugin('nutui-icons-as-views')
          .use(webpack.NormalModuleReplacementPlugin, [/@nutui[\\/]icons-react-taro[\\/]dist[\\/]es[\\/]icons[\\/]internal\.js$/, path.resolve(__dirname, 'weapp/nutui-icon-config.js')])
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      output: {
        filename: 'js/[name].[hash:8].js',
        chunkFilename: 'js/[name].[chunkhash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[hash].css',
        chunkFilename: 'css/[name].[chunkhash].css',
      },
      esnextModules: ['nutui-react'],
      // Taro splits only initial chunks, so every page chunk carried its own copy of
      // the shared components (~100 KB each). Split async chunks too.
      webpackChain(chain) {
        // Taro's minSize 0 cut a tab page into ~30 chunks of 0.5–7 KB: over HTTP/1.1's six connections that
        // is five round trips before the page can render (docs/performance.md). Fewer, larger chunks: one wave.
        chain.optimization.merge({ splitChunks: { chunks: 'all', minSize: 20000, maxAsyncRequests: 6, maxInitialRequests: 4 } })
        // Sizes are measured against our own budgets by `npm run bench`; webpack's generic 244 KiB hint is noise.
        chain.performance.hints(false)
        // H5_SOURCE_MAP=1: maps beside the bundles, to see what each chunk is made of (never shipped by default).
        if (process.env.H5_SOURCE_MAP) chain.devtool('hidden-source-map')
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  }

  if (mode === 'development' || process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig)
  }
  return merge({}, baseConfig, prodConfig)
})
