/**
 * Runs before each UI test file: the ENABLE_* constants are globals (jest
 * `globals`), then @tarojs/taro (our shim) is loaded first so the Taro runtime
 * (document, window hooks) is set up before any component imports it.
 */
// jsdom is a browser: code and libraries that branch on the platform take the H5 path
process.env.TARO_ENV = 'h5'

// jsdom lacks a few browser APIs the Taro H5 runtime touches
if (typeof window !== 'undefined') {
   
  const w = window as any
  w.matchMedia =
    w.matchMedia ||
    ((query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      dispatchEvent: () => false,
    }))
  w.scrollTo = w.scrollTo || (() => undefined)
  if (!w.IntersectionObserver) {
    w.IntersectionObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
      takeRecords() {
        return []
      }
    }
  }
  if (!w.ResizeObserver) {
    w.ResizeObserver = class {
      observe() {}
      unobserve() {}
      disconnect() {}
    }
  }
}

 
require('@tarojs/taro')
