import type { FileStore } from './port';

/** The part of wx-server-sdk this store uses. */
export interface WxStorageSdk {
  DYNAMIC_CURRENT_ENV: unknown;
  init(options: { env: unknown }): void;
  uploadFile(request: { cloudPath: string; fileContent: Buffer }): Promise<{ fileID: string }>;
  downloadFile(request: { fileID: string }): Promise<{ fileContent: Buffer }>;
  deleteFile(request: { fileList: string[] }): Promise<unknown>;
}

function requireSdk(): WxStorageSdk {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('wx-server-sdk') as WxStorageSdk;
}

/** WeChat cloud storage: the server writes the file, so the server knows who uploaded it. */
export function wechatFileStore(options: { loadSdk?: () => WxStorageSdk; folder?: string } = {}): FileStore {
  let sdk: WxStorageSdk | undefined;
  const folder = options.folder ?? 'photos';
  const ready = () => {
    if (!sdk) {
      sdk = (options.loadSdk ?? requireSdk)();
      sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV });
    }
    return sdk;
  };
  return {
    async save({ name, bytes }) {
      const { fileID } = await ready().uploadFile({ cloudPath: `${folder}/${name}`, fileContent: bytes });
      return fileID;
    },
    async remove(ref) {
      const result = (await ready().deleteFile({ fileList: [ref] })) as { fileList?: { status?: number; errMsg?: string }[] } | undefined;
      // Each file has its own status; a failed one throws so that its row is kept and tried again.
      const failed = result?.fileList?.find((f) => f.status !== undefined && f.status !== 0);
      if (failed) throw new Error(`wechat file store: could not delete ${ref}: ${failed.errMsg ?? failed.status}`);
    },
    async readIncoming(ref) {
      return (await ready().downloadFile({ fileID: ref })).fileContent;
    },
    async removeIncoming(ref) {
      await ready().deleteFile({ fileList: [ref] });
    },
  };
}
