// Replaces @nutui/icons-react-taro's icon config in the weapp build only
// (config/index.ts). Its icons render an `<i>`, for which Taro's weapp output
// has no template: WeChat drew nothing where a switch's spinner, a checkbox's
// tick or a cell's arrow should be. A `view` has a template and takes the same
// class and mask style. H5 keeps the library's own config.
export const globalConfig = {
  useSvg: true,
  classPrefix: 'nut-icon',
  tag: 'view',
  fontClassName: 'nutui-iconfont',
}
