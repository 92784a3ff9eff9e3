// Stands in for the fetch and AbortController polyfills that @tarojs/taro-h5 imports for its
// request API: every browser the H5 build supports has both, and the polyfills only install
// themselves when they are missing. 30 KB less script to parse before the first paint
// (docs/performance.md).
