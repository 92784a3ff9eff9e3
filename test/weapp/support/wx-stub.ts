/**
 * The `wx` object the compiled mini-program calls, as a phone would answer it:
 * storage in memory, cloud functions answered by the server's real handlers
 * (see backend.ts), navigation handed to the page stack, and the device's
 * pickers (photo, location, scanner) answered with what the test set up.
 * Anything else the app calls is recorded in `unstubbed` and answers nothing,
 * so a test can see an API it did not expect.
 */
import { TINY_JPEG_BASE64 } from './fixtures';

export type CloudHandler = (name: string, data: unknown) => Promise<unknown>;
/** wx.cloud.uploadFile: the bytes put in cloud storage at `cloudPath`; answers the fileID. */
export type CloudUpload = (cloudPath: string, bytes: Buffer) => Promise<string>;

export interface Navigator {
  navigateTo(url: string): Promise<unknown>;
  redirectTo(url: string): Promise<unknown>;
  switchTab(url: string): Promise<unknown>;
  reLaunch(url: string): Promise<unknown>;
  navigateBack(delta: number): Promise<unknown>;
}

export interface DeviceAnswers {
  /** What wx.scanCode reads next (a check-in code's text). */
  scan?: string;
  /** Where the phone is (wx.getLocation) and what the map picker picks (wx.chooseLocation). */
  location: { latitude: number; longitude: number; name: string; address: string };
  /** wx.showModal's answer: the confirm button unless a test says otherwise. */
  confirmModal: boolean;
  /** What wx.chooseMessageFile picks from a chat (a spreadsheet); cancelled when unset. */
  messageFile?: { name: string; bytes: Buffer };
}

export interface WxRecord {
  toasts: string[];
  modals: { title?: string; content?: string }[];
  clipboard: string[];
  /** Files the app offered to send to a chat (wx.shareFileMessage), by name. */
  sharedFiles: string[];
  /** What the app registered with wx.onNeedPrivacyAuthorization: a test calls it as WeChat would, with its own resolve. */
  privacyListener?: (resolve: (answer: unknown) => void, eventInfo: { referrer: string }) => void;
  subscribeRequests: string[][];
  /** Images saved to the phone's album (wx.saveImageToPhotosAlbum), by their temp file path. */
  savedImages: string[];
  /** The text the app drew on a canvas, in order (a certificate's lines). */
  drawnTexts: string[];
  unstubbed: Set<string>;
}

type Options = Record<string, any> & { success?: (r: unknown) => void; fail?: (e: unknown) => void; complete?: (r: unknown) => void };

/** wx's callback style, answered asynchronously as the platform does; returns a promise as well. */
function answer<T>(options: Options | undefined, produce: () => T | Promise<T>): Promise<T> {
  return Promise.resolve()
    .then(produce)
    .then(
      (result) => {
        options?.success?.(result);
        options?.complete?.(result);
        return result;
      },
      (error) => {
        options?.fail?.(error);
        options?.complete?.(error);
        throw error;
      },
    );
}

const SYSTEM_INFO = {
  brand: 'devtools',
  model: 'iPhone X',
  platform: 'devtools',
  system: 'iOS 16.0',
  language: 'zh_CN',
  version: '8.0.50',
  SDKVersion: '3.5.0',
  pixelRatio: 2,
  screenWidth: 375,
  screenHeight: 812,
  windowWidth: 375,
  windowHeight: 812,
  statusBarHeight: 44,
  safeArea: { top: 44, bottom: 778, left: 0, right: 375, width: 375, height: 734 },
};

/** The page's element with this `#id`, or none: a selector query finds only what the template rendered. */
export type FindElement = (selector: string) => Element | null;

export function createWx(cloud: CloudHandler, navigator: Navigator, device: DeviceAnswers, record: WxRecord, find: FindElement, upload?: CloudUpload) {
  const storage = new Map<string, unknown>();
  /** Files on the phone: the picked chat file, and what the app wrote to USER_DATA_PATH. */
  const phoneFiles = new Map<string, Buffer>();
  const messageFilePath = () => `wxfile://tmp/${device.messageFile?.name ?? ''}`;
  const fileAt = (filePath: string) => {
    if (device.messageFile && filePath === messageFilePath()) return device.messageFile.bytes;
    return phoneFiles.get(filePath);
  };
  const known: Record<string, unknown> = {
    getSystemInfoSync: () => ({ ...SYSTEM_INFO }),
    getSystemInfo: (o: Options) => answer(o, () => ({ ...SYSTEM_INFO })),
    getWindowInfo: () => ({ ...SYSTEM_INFO }),
    getDeviceInfo: () => ({ ...SYSTEM_INFO }),
    getAppBaseInfo: () => ({ ...SYSTEM_INFO }),
    getMenuButtonBoundingClientRect: () => ({ width: 87, height: 32, top: 48, right: 368, bottom: 80, left: 281 }),
    canIUse: () => true,
    getStorageSync: (key: string) => (storage.has(key) ? storage.get(key) : ''),
    setStorageSync: (key: string, value: unknown) => void storage.set(key, value),
    removeStorageSync: (key: string) => void storage.delete(key),
    getStorageInfoSync: () => ({ keys: [...storage.keys()], currentSize: 0, limitSize: 10240 }),
    getStorage: (o: Options) => answer(o, () => {
      if (!storage.has(o.key)) throw { errMsg: 'getStorage:fail data not found' };
      return { data: storage.get(o.key) };
    }),
    setStorage: (o: Options) => answer(o, () => void storage.set(o.key, o.data)),
    removeStorage: (o: Options) => answer(o, () => void storage.delete(o.key)),
    cloud: {
      init: () => undefined,
      callFunction: (o: Options) => answer(o, async () => ({ result: await cloud(o.name, o.data), errMsg: 'cloud.callFunction:ok' })),
      uploadFile: (o: Options) =>
        answer(o, async () => {
          const bytes = fileAt(o.filePath);
          if (!bytes || !upload) throw { errMsg: 'cloud.uploadFile:fail file not found' };
          return { fileID: await upload(o.cloudPath, bytes), statusCode: 200, errMsg: 'cloud.uploadFile:ok' };
        }),
    },
    navigateTo: (o: Options) => answer(o, () => navigator.navigateTo(o.url)),
    redirectTo: (o: Options) => answer(o, () => navigator.redirectTo(o.url)),
    switchTab: (o: Options) => answer(o, () => navigator.switchTab(o.url)),
    reLaunch: (o: Options) => answer(o, () => navigator.reLaunch(o.url)),
    navigateBack: (o: Options = {}) => answer(o, () => navigator.navigateBack(o.delta ?? 1)),
    showToast: (o: Options) => answer(o, () => void record.toasts.push(String(o.title ?? ''))),
    hideToast: (o?: Options) => answer(o, () => undefined),
    showLoading: (o?: Options) => answer(o, () => undefined),
    hideLoading: (o?: Options) => answer(o, () => undefined),
    showModal: (o: Options) =>
      answer(o, () => {
        record.modals.push({ title: o.title, content: o.content });
        return { confirm: device.confirmModal, cancel: !device.confirmModal };
      }),
    showActionSheet: (o: Options) => answer(o, () => ({ tapIndex: 0 })),
    setNavigationBarTitle: (o: Options) => answer(o, () => undefined),
    setNavigationBarColor: (o: Options) => answer(o, () => undefined),
    setTabBarBadge: (o: Options) => answer(o, () => undefined),
    removeTabBarBadge: (o: Options) => answer(o, () => undefined),
    showTabBarRedDot: (o: Options) => answer(o, () => undefined),
    hideTabBarRedDot: (o: Options) => answer(o, () => undefined),
    stopPullDownRefresh: (o?: Options) => answer(o, () => undefined),
    pageScrollTo: (o: Options) => answer(o, () => undefined),
    nextTick: (fn: () => void) => setTimeout(fn, 0),
    onAppShow: () => undefined,
    onAppHide: () => undefined,
    offAppShow: () => undefined,
    offAppHide: () => undefined,
    onError: () => undefined,
    onUnhandledRejection: () => undefined,
    onPageNotFound: () => undefined,
    onNetworkStatusChange: () => undefined,
    onWindowResize: () => undefined,
    getNetworkType: (o: Options) => answer(o, () => ({ networkType: 'wifi' })),
    setClipboardData: (o: Options) => answer(o, () => void record.clipboard.push(String(o.data))),
    makePhoneCall: (o: Options) => answer(o, () => undefined),
    vibrateShort: (o?: Options) => answer(o, () => undefined),
    requestSubscribeMessage: (o: Options) =>
      answer(o, () => {
        record.subscribeRequests.push(o.tmplIds ?? []);
        return Object.fromEntries((o.tmplIds ?? []).map((id: string) => [id, 'accept']));
      }),
    chooseImage: (o: Options) => answer(o, () => ({ tempFilePaths: ['wxfile://tmp/photo-1.jpg'], tempFiles: [{ path: 'wxfile://tmp/photo-1.jpg', size: 2048 }] })),
    chooseMedia: (o: Options) => answer(o, () => ({ type: 'image', tempFiles: [{ tempFilePath: 'wxfile://tmp/photo-1.jpg', size: 2048, fileType: 'image' }] })),
    getImageInfo: (o: Options) => answer(o, () => ({ width: 640, height: 480, path: o.src, type: 'jpeg' })),
    compressImage: (o: Options) => answer(o, () => ({ tempFilePath: o.src })),
    previewImage: (o: Options) => answer(o, () => undefined),
    getFileSystemManager: () => ({
      readFile: (o: Options) => answer(o, () => ({ data: fileAt(o.filePath)?.toString('base64') ?? TINY_JPEG_BASE64 })),
      writeFileSync: (filePath: string, data: string, encoding: BufferEncoding) => void phoneFiles.set(filePath, Buffer.from(data, encoding)),
    }),
    onNeedPrivacyAuthorization: (listener: WxRecord['privacyListener']) => void (record.privacyListener = listener),
    chooseMessageFile: (o: Options) =>
      answer(o, () => {
        if (!device.messageFile) throw { errMsg: 'chooseMessageFile:fail cancel' };
        return { tempFiles: [{ path: messageFilePath(), size: device.messageFile.bytes.length, name: device.messageFile.name, type: 'file', time: 0 }] };
      }),
    shareFileMessage: (o: Options) =>
      answer(o, () => {
        if (!phoneFiles.has(o.filePath)) throw { errMsg: 'shareFileMessage:fail file not found' };
        record.sharedFiles.push(o.fileName ?? o.filePath);
      }),
    getLocation: (o: Options) => answer(o, () => ({ latitude: device.location.latitude, longitude: device.location.longitude, accuracy: 20 })),
    chooseLocation: (o: Options) => answer(o, () => ({ ...device.location })),
    getSetting: (o: Options) => answer(o, () => ({ authSetting: { 'scope.userLocation': true } })),
    authorize: (o: Options) => answer(o, () => undefined),
    openSetting: (o: Options) => answer(o, () => ({ authSetting: {} })),
    scanCode: (o: Options) =>
      answer(o, () => {
        if (device.scan === undefined) throw { errMsg: 'scanCode:fail cancel' };
        return { result: device.scan, scanType: 'QR_CODE', charSet: 'utf-8' };
      }),
    createSelectorQuery: () => selectorQuery(find, record),
    canvasToTempFilePath: (o: Options) =>
      answer(o, () => {
        const canvas = o.canvas as FakeCanvas | undefined;
        if (!canvas?.drawn) throw { errMsg: 'canvasToTempFilePath:fail canvas is empty' };
        return { tempFilePath: `wxfile://tmp/canvas-${canvas.width}x${canvas.height}.png`, errMsg: 'canvasToTempFilePath:ok' };
      }),
    saveImageToPhotosAlbum: (o: Options) => answer(o, () => void record.savedImages.push(String(o.filePath))),
    createIntersectionObserver: () => ({ relativeToViewport: () => ({ observe: () => undefined }), disconnect: () => undefined }),
    getUpdateManager: () => ({ onCheckForUpdate: () => undefined, onUpdateReady: () => undefined, onUpdateFailed: () => undefined, applyUpdate: () => undefined }),
    reportAnalytics: () => undefined,
    env: { USER_DATA_PATH: 'wxfile://usr' },
  };
  return new Proxy(known, {
    get(target, name: string | symbol) {
      if (typeof name !== 'string' || name in target) return target[name as string];
      // webpack's chunk list lives on wx in the compiled bundles.
      if (name === 'webpackJsonp') return undefined;
      record.unstubbed.add(name);
      return (o?: Options) => answer(o, () => ({ errMsg: `${name}:ok` }));
    },
    set(target, name: string, value) {
      target[name] = value;
      return true;
    },
  });
}

interface FakeCanvas {
  width: number;
  height: number;
  drawn: boolean;
  getContext(kind: '2d'): unknown;
}

/** A Canvas 2D node as `fields({ node: true })` gives it: what is drawn on it is text in `record.drawnTexts`. */
function fakeCanvas(record: WxRecord): FakeCanvas {
  const canvas: FakeCanvas = { width: 300, height: 150, drawn: false, getContext: () => context };
  const state: Record<string, unknown> = {};
  const context: object = new Proxy(state, {
    get(target, name: string) {
      if (name in target) return target[name];
      if (name === 'fillText')
        return (text: string) => {
          canvas.drawn = true;
          record.drawnTexts.push(String(text));
        };
      if (name === 'measureText') return (text: string) => ({ width: String(text).length * 16 });
      return () => undefined;
    },
    set(target, name: string, value) {
      target[name] = value;
      return true;
    },
  });
  return canvas;
}

/**
 * The layout queries NutUI makes: there is no layout in jsdom, so every box is
 * the phone's width. A `fields({ node: true })` query of an `#id` the page
 * rendered answers a canvas node; of one it did not, nothing.
 */
function selectorQuery(find: FindElement, record: WxRecord) {
  const query: Record<string, unknown> = {};
  const rect = { width: 375, height: 44, top: 0, left: 0, right: 375, bottom: 44 };
  const results: unknown[] = [];
  const nodeOf = (selector: string) => ({
    boundingClientRect: (cb?: (r: unknown) => void) => (results.push(rect), cb?.(rect), query),
    fields: (f: { node?: boolean } | undefined, cb?: (r: unknown) => void) => {
      const found = f?.node ? (find(selector) ? { ...rect, node: fakeCanvas(record) } : null) : rect;
      results.push(found);
      cb?.(found);
      return query;
    },
    scrollOffset: (cb?: (r: unknown) => void) => (results.push({ scrollTop: 0, scrollLeft: 0 }), cb?.({ scrollTop: 0, scrollLeft: 0 }), query),
  });
  Object.assign(query, {
    in: () => query,
    select: nodeOf,
    selectAll: nodeOf,
    selectViewport: () => nodeOf('viewport'),
    exec: (cb?: (r: unknown[]) => void) => cb?.(results.length ? [...results] : [rect]),
  });
  return query;
}
