import { wechatFileStore, type WxStorageSdk } from '../../../server/core/files/wechat-file-store';

function fakeSdk() {
  const calls: string[] = [];
  const sdk: WxStorageSdk = {
    DYNAMIC_CURRENT_ENV: 'env',
    init: () => void calls.push('init'),
    uploadFile: async (r) => (calls.push(`upload ${r.cloudPath}`), { fileID: `cloud://env/${r.cloudPath}` }),
    downloadFile: async (r) => (calls.push(`download ${r.fileID}`), { fileContent: Buffer.from('bytes') }),
    deleteFile: async (r) => void calls.push(`delete ${r.fileList.join(',')}`),
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
});
