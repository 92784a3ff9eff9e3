import { wechatFileStore, type WxStorageSdk } from '../../../server/core/files/wechat-file-store';

function fakeSdk(deleteStatus = 0) {
  const calls: string[] = [];
  const sdk: WxStorageSdk = {
    DYNAMIC_CURRENT_ENV: 'env',
    init: () => void calls.push('init'),
    uploadFile: async (r) => (calls.push(`upload ${r.cloudPath}`), { fileID: `cloud://env/${r.cloudPath}` }),
    downloadFile: async (r) => (calls.push(`download ${r.fileID}`), { fileContent: Buffer.from('bytes') }),
    deleteFile: async (r) => {
      calls.push(`delete ${r.fileList.join(',')}`);
      return { fileList: r.fileList.map((fileID) => ({ fileID, status: deleteStatus, errMsg: deleteStatus ? 'STORAGE_EXCEED_AUTHORITY' : 'ok' })) };
    },
  };
  return { sdk, calls };
}

describe('WeChat cloud storage as the file store', () => {
  it('writes photos under photos/, reads what the mini-program uploaded, and removes it once imported', async () => {
    const { sdk, calls } = fakeSdk();
    const store = wechatFileStore({ loadSdk: () => sdk });
    expect(await store.save({ name: 'a.jpg', bytes: Buffer.from('x'), contentType: 'image/jpeg' })).toBe('cloud://env/photos/a.jpg');
    expect((await store.readIncoming!('cloud://env/imports/s.csv')).toString()).toBe('bytes');
    await store.removeIncoming!('cloud://env/imports/s.csv');
    expect(calls).toEqual(['init', 'upload photos/a.jpg', 'download cloud://env/imports/s.csv', 'delete cloud://env/imports/s.csv']);
  });

  it('removes a photo, and throws when WeChat reports that file as not deleted (so its row is kept for the next pass)', async () => {
    const { sdk, calls } = fakeSdk();
    await wechatFileStore({ loadSdk: () => sdk }).remove('cloud://env/photos/a.jpg');
    expect(calls).toEqual(['init', 'delete cloud://env/photos/a.jpg']);
    const refused = fakeSdk(-503003);
    await expect(wechatFileStore({ loadSdk: () => refused.sdk }).remove('cloud://env/photos/b.jpg')).rejects.toThrow(/could not delete cloud:\/\/env\/photos\/b.jpg/);
  });
});
