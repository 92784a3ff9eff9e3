import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { localFileStore } from '../../../server/core/files/local-file-store';

describe('the local folder as the file store', () => {
  let dir = '';
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'civic-files-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('removes a photo it saved; removing it again is not an error', async () => {
    const store = localFileStore(dir);
    const ref = await store.save({ name: 'a.jpg', bytes: Buffer.from('x'), contentType: 'image/jpeg' });
    await store.save({ name: 'b.jpg', bytes: Buffer.from('y'), contentType: 'image/jpeg' });
    await store.remove(ref);
    await store.remove(ref);
    expect(await readdir(dir)).toEqual(['b.jpg']);
  });

  it('refuses a ref that is not one of its photos, never touching a path outside its folder', async () => {
    const store = localFileStore(path.join(dir, 'photos'));
    await store.save({ name: 'a.jpg', bytes: Buffer.from('x'), contentType: 'image/jpeg' });
    for (const ref of ['/files/../photos/a.jpg', '/files/sub/a.jpg', '/other/a.jpg', '/files/.', '/files/']) {
      await expect(store.remove(ref)).rejects.toThrow(/not a photo ref/);
    }
    expect(await readdir(path.join(dir, 'photos'))).toEqual(['a.jpg']);
  });
});
