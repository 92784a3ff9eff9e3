import exifr from 'exifr';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { memoryFileStore } from '../../../../server/core/files/memory-file-store';
import type { FileStore } from '../../../../server/core/files/port';
import { DAILY_UPLOAD_BYTES, DAILY_UPLOAD_PHOTOS } from '../../../../server/modules/files/contracts';
import { removeUnattachedUploads, UNATTACHED_GRACE_MS } from '../../../../server/modules/files/use-cases/remove-unattached';
import { DAILY_BYTES_MESSAGE, DAILY_PHOTOS_MESSAGE } from '../../../../server/modules/files/use-cases/upload-photo';
import { addPeople, data, errorCode, seedCounty, TestCounty } from '../../../support/app';
import { movableClock } from '../../../support/clock';
import { useTestDatabase } from '../../../support/db';
import { GPS, LATITUDE_BYTES, TINY_JPEG, jpegMarkers, tinyPng, withGpsMetadata, withPngMetadata } from '../../core/image-fixtures';

const t = useTestDatabase();

type Store = ReturnType<typeof memoryFileStore>;
const storeOf = (county: TestCounty) => county.runtime.files as Store;
/** The stored bytes behind a ref of the memory store. */
const storedFile = (county: TestCounty, ref: string) => storeOf(county).files.get(ref.replace(/^\/files\//, ''));

async function upload(call: TestCounty['anonymous'], bytes: Buffer) {
  return call<{ ref: string }>('files', 'upload', { data: bytes.toString('base64') });
}

async function dayRow(userId: string) {
  return t.db.selectFrom('uploadDailyCounts').select(['day', 'photos', 'bytes']).where('ownerId', '=', userId).orderBy('day').execute();
}

async function uploadRows(userId: string) {
  return t.db.selectFrom('uploads').selectAll().where('ownerId', '=', userId).execute();
}

describe('metadata is stripped on the server', () => {
  it('stores a JPEG sent with its GPS position (Exif, XMP, a comment, a trailing picture) without any of it, its image intact', async () => {
    const county = await seedCounty(t.db);
    const sent = withGpsMetadata(TINY_JPEG);
    expect((await exifr.gps(sent)).latitude).toBeCloseTo(GPS.latitude, 6);

    const { ref } = data(await upload(county.as('resident'), sent));
    const stored = storedFile(county, ref)!;
    expect(stored.includes(LATITUDE_BYTES)).toBe(false);
    expect(stored.includes(Buffer.from('Exif\0\0', 'latin1'))).toBe(false);
    expect(await exifr.gps(stored)).toBeUndefined();
    expect(jpegMarkers(stored)).toEqual(['SOI', 'APP0', 'DQT', 'SOF0', 'DHT', 'DHT', 'SOS', 'EOI']);
    expect(jpeg.decode(stored, { useTArray: true })).toMatchObject({ width: 1, height: 1 });
    expect(stored.equals(TINY_JPEG)).toBe(true);
    // The row records what was stored, and that is what counts toward the day.
    const [row] = await uploadRows(county.people.resident.userId);
    expect(row).toMatchObject({ fileRef: ref, contentType: 'image/jpeg', bytes: TINY_JPEG.length });
    expect(await dayRow(county.people.resident.userId)).toEqual([expect.objectContaining({ photos: 1, bytes: TINY_JPEG.length })]);
  });

  it('stores a PNG sent with text, eXIf and tIME chunks without them', async () => {
    const county = await seedCounty(t.db);
    const original = tinyPng();
    const { ref } = data(await upload(county.as('resident'), withPngMetadata(original)));
    const stored = storedFile(county, ref)!;
    expect(stored.equals(original)).toBe(true);
    expect(stored.includes(Buffer.from('tEXt'))).toBe(false);
    expect(await exifr.gps(stored)).toBeUndefined();
    expect(PNG.sync.read(stored)).toMatchObject({ width: 2, height: 2 });
  });

  it('refuses a photo it cannot read to the end, and writes nothing', async () => {
    const county = await seedCounty(t.db);
    const cut = withGpsMetadata(TINY_JPEG).subarray(0, 60);
    const result = await upload(county.as('resident'), cut);
    expect(errorCode(result)).toBe('VALIDATION');
    expect(await uploadRows(county.people.resident.userId)).toEqual([]);
    expect(await dayRow(county.people.resident.userId)).toEqual([]);
    expect(storeOf(county).files.size).toBe(0);
  });
});

describe('the daily upload limit', () => {
  it(`lets exactly ${DAILY_UPLOAD_PHOTOS} of ${DAILY_UPLOAD_PHOTOS + 10} racing uploads through, and the rest write nothing`, async () => {
    const clock = movableClock('2025-03-03T04:00:00Z');
    const county = await seedCounty(t.db, { clock: clock.clock });
    const [person] = await addPeople(county, 1);
    const results = await Promise.all(Array.from({ length: DAILY_UPLOAD_PHOTOS + 10 }, () => upload(person.call, TINY_JPEG)));

    const ok = results.filter((r) => r.ok);
    const refused = results.filter((r) => !r.ok);
    expect(ok).toHaveLength(DAILY_UPLOAD_PHOTOS);
    expect(refused).toHaveLength(10);
    for (const r of refused) expect(r).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', message: DAILY_PHOTOS_MESSAGE } });
    expect(await dayRow(person.userId)).toEqual([{ day: '2025-03-03', photos: DAILY_UPLOAD_PHOTOS, bytes: DAILY_UPLOAD_PHOTOS * TINY_JPEG.length }]);
    expect(await uploadRows(person.userId)).toHaveLength(DAILY_UPLOAD_PHOTOS);
    expect(storeOf(county).files.size).toBe(DAILY_UPLOAD_PHOTOS);

    // The next Beijing day (midnight in Beijing is 16:00 UTC) starts again.
    clock.set('2025-03-03T15:59:59Z');
    expect(errorCode(await upload(person.call, TINY_JPEG))).toBe('RATE_LIMITED');
    clock.set('2025-03-03T16:00:01Z');
    data(await upload(person.call, TINY_JPEG));
    expect((await dayRow(person.userId)).map((d) => [d.day, d.photos])).toEqual([
      ['2025-03-03', DAILY_UPLOAD_PHOTOS],
      ['2025-03-04', 1],
    ]);
  });

  it(`holds the ${DAILY_UPLOAD_BYTES / 1024 / 1024} MB of a day against racing uploads at the edge`, async () => {
    const clock = movableClock('2025-03-03T04:00:00Z');
    const county = await seedCounty(t.db, { clock: clock.clock });
    const [person] = await addPeople(county, 1);
    // Earlier today: room left for two and a half more of these photos.
    const room = Math.floor(2.5 * TINY_JPEG.length);
    await t.db.insertInto('uploadDailyCounts').values({ countyId: county.countyId, ownerId: person.userId, day: '2025-03-03', photos: 1, bytes: DAILY_UPLOAD_BYTES - room }).execute();

    const results = await Promise.all(Array.from({ length: 10 }, () => upload(person.call, TINY_JPEG)));
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    for (const r of results.filter((r) => !r.ok)) expect(r).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', message: DAILY_BYTES_MESSAGE } });
    expect(await dayRow(person.userId)).toEqual([{ day: '2025-03-03', photos: 3, bytes: DAILY_UPLOAD_BYTES - room + 2 * TINY_JPEG.length }]);
    expect(await uploadRows(person.userId)).toHaveLength(2);
    expect(storeOf(county).files.size).toBe(2);
  });
});

describe('removing uploads nothing ever used', () => {
  const T0 = '2025-03-03T04:00:00Z';
  const after = (ms: number) => new Date(Date.parse(T0) + ms);

  it('removes, after the grace period, only photos never attached; again changes nothing; the removed one can no longer be attached', async () => {
    const clock = movableClock(T0);
    const county = await seedCounty(t.db, { clock: clock.clock });
    const store = storeOf(county);
    const [kept, avatar, abandoned] = await Promise.all([1, 2, 3].map(async () => data(await upload(county.as('resident'), TINY_JPEG)).ref));
    data(await county.as('resident')('identity', 'updateProfile', { name: '张秀兰', avatarRef: avatar }));
    // A photo from before migration 018: nothing knows whether it is used, so it is never removed.
    const [old] = await uploadRows(county.people.resident.userId).then((rows) => rows.filter((r) => r.fileRef === kept));
    await t.db.updateTable('uploads').set({ unattachedSince: null }).where('id', '=', old.id).execute();

    const scope = { countyId: county.countyId };
    expect(await removeUnattachedUploads(t.db, store, after(UNATTACHED_GRACE_MS - 60_000), scope)).toEqual({ removed: 0, failed: 0 });
    expect(await removeUnattachedUploads(t.db, store, after(UNATTACHED_GRACE_MS + 60_000), scope)).toEqual({ removed: 1, failed: 0 });
    expect(await removeUnattachedUploads(t.db, store, after(UNATTACHED_GRACE_MS + 120_000), scope)).toEqual({ removed: 0, failed: 0 });

    expect(storedFile(county, abandoned)).toBeUndefined();
    expect(storedFile(county, avatar)).toBeDefined();
    expect(storedFile(county, kept)).toBeDefined();
    expect((await uploadRows(county.people.resident.userId)).map((r) => r.fileRef).sort()).toEqual([avatar, kept].sort());
    const refused = await county.as('resident')('identity', 'updateProfile', { name: '张秀兰', avatarRef: abandoned });
    expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: '有照片不是您上传的或已过期，请重新拍摄或选择' } });
  });

  it('keeps the row of a file the store would not remove, and removes it on the next pass', async () => {
    const clock = movableClock(T0);
    const county = await seedCounty(t.db, { clock: clock.clock });
    const store = storeOf(county);
    const { ref } = data(await upload(county.as('resident'), TINY_JPEG));
    const failing: FileStore = { ...store, remove: async () => Promise.reject(new Error('storage unavailable')) };
    const heard: string[] = [];
    const options = { countyId: county.countyId, log: (message: string) => void heard.push(message) };

    expect(await removeUnattachedUploads(t.db, failing, after(UNATTACHED_GRACE_MS + 60_000), options)).toEqual({ removed: 0, failed: 1 });
    expect(heard).toHaveLength(1);
    expect(await uploadRows(county.people.resident.userId)).toHaveLength(1);
    expect(await removeUnattachedUploads(t.db, store, after(UNATTACHED_GRACE_MS + 120_000), options)).toEqual({ removed: 1, failed: 0 });
    expect(storedFile(county, ref)).toBeUndefined();
  });

  it('never leaves a photo attached and removed when attaching races the clean-up', async () => {
    const clock = movableClock(T0);
    const county = await seedCounty(t.db, { clock: clock.clock });
    const store = storeOf(county);
    const people = await addPeople(county, 12);
    const refs = await Promise.all(people.map(async (p) => data(await upload(p.call, TINY_JPEG)).ref));
    clock.set(after(UNATTACHED_GRACE_MS + 60_000).toISOString());

    const [attached, pass] = await Promise.all([
      Promise.all(people.map((p, i) => p.call('identity', 'updateProfile', { name: '张秀兰', avatarRef: refs[i] }))),
      removeUnattachedUploads(t.db, store, clock.clock.now(), { countyId: county.countyId }),
    ]);
    const won = attached.filter((r) => r.ok).length;
    expect(won + pass.removed).toBe(people.length);
    for (const [i, result] of attached.entries()) {
      const file = storedFile(county, refs[i]);
      if (result.ok) expect(file).toBeDefined();
      else {
        expect(errorCode(result)).toBe('FORBIDDEN');
        expect(file).toBeUndefined();
      }
    }
    const avatars = await t.db.selectFrom('users').select('avatarRef').where('countyId', '=', county.countyId).where('avatarRef', 'is not', null).execute();
    for (const { avatarRef } of avatars) expect(storedFile(county, avatarRef!)).toBeDefined();
  });
});
