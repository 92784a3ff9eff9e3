// babel-preset-taro: used by the Taro build and by the Jest "ui" project.
module.exports = {
  presets: [
    [
      'taro',
      {
        framework: 'react',
        ts: true,
        compiler: 'webpack5',
        // No core-js polyfills: WeChat's webview and current browsers run ES2017+.
        useBuiltIns: false,
      },
    ],
  ],
}
