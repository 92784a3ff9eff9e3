import exifr from 'exifr';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import { stripMetadata } from '../../../server/core/files/strip-metadata';
import {
  EXIF_APP1,
  GPS,
  LATITUDE_BYTES,
  TINY_JPEG,
  VP8X_EXIF,
  VP8X_XMP,
  jpegMarkers,
  jpegSegment,
  tinyPng,
  webp,
  withGpsMetadata,
  withPngMetadata,
} from './image-fixtures';

describe('stripping metadata from a JPEG', () => {
  it('removes the Exif GPS position, XMP, comments and what follows the image, and leaves the image itself byte for byte', async () => {
    const sent = withGpsMetadata(TINY_JPEG);
    // The fixture really carries a position that a reader finds.
    const before = await exifr.gps(sent);
    expect(before.latitude).toBeCloseTo(GPS.latitude, 6);
    expect(before.longitude).toBeCloseTo(GPS.longitude, 6);
    expect(sent.includes(LATITUDE_BYTES)).toBe(true);

    const kept = stripMetadata(sent, 'image/jpeg')!;
    expect(kept.equals(TINY_JPEG)).toBe(true);
    expect(await exifr.gps(kept)).toBeUndefined();
    expect(await exifr.parse(kept, { tiff: true, xmp: true, icc: true, iptc: true, jfif: false })).toBeUndefined();
    expect(jpegMarkers(kept)).toEqual(['SOI', 'APP0', 'DQT', 'SOF0', 'DHT', 'DHT', 'SOS', 'EOI']);
    expect(jpeg.decode(kept, { useTArray: true })).toMatchObject({ width: 1, height: 1 });
  });

  it('copies entropy-coded data with stuffed bytes intact (a 48×48 photo of noise, encoded by jpeg-js)', () => {
    const pixels = Buffer.alloc(48 * 48 * 4);
    for (let i = 0; i < pixels.length; i++) pixels[i] = (i * 7919 + (i >> 3) * 104729) % 256;
    const encoded = jpeg.encode({ data: pixels, width: 48, height: 48 }, 90).data;
    const sos = encoded.indexOf(Buffer.from([0xff, 0xda]));
    expect(encoded.indexOf(Buffer.from([0xff, 0x00]), sos)).toBeGreaterThan(sos); // the scan really has stuffed 0xFF bytes

    const kept = stripMetadata(withGpsMetadata(encoded), 'image/jpeg')!;
    expect(kept.equals(encoded)).toBe(true);
    const decoded = jpeg.decode(kept, { useTArray: true });
    expect(decoded).toMatchObject({ width: 48, height: 48 });
    expect(Buffer.from(decoded.data).equals(Buffer.from(jpeg.decode(encoded, { useTArray: true }).data))).toBe(true);
  });

  it('follows restart markers and several scans, dropping metadata met between scans too', () => {
    const scan = (bytes: number[]) => Buffer.concat([jpegSegment(0xda, Buffer.from([1, 1, 0, 0x3f, 0, 0])), Buffer.from(bytes)]);
    const head = Buffer.concat([Buffer.from([0xff, 0xd8]), jpegSegment(0xe0, Buffer.from('JFIF\0\x01\x01\0\0\x01\0\x01\0\0', 'latin1'))]);
    const first = scan([0x11, 0xff, 0x00, 0x22, 0xff, 0xd0, 0x33, 0xff, 0xd1, 0x44]);
    const tables = jpegSegment(0xc4, Buffer.from([0x10, ...new Array(16).fill(0)]));
    const second = scan([0x55, 0xff, 0x00]);
    const sent = Buffer.concat([head, EXIF_APP1, first, EXIF_APP1, tables, second, Buffer.from([0xff, 0xff, 0xd9])]);
    const kept = stripMetadata(sent, 'image/jpeg')!;
    expect(kept.equals(Buffer.concat([head, first, tables, second, Buffer.from([0xff, 0xd9])]))).toBe(true);
    expect(kept.includes(LATITUDE_BYTES)).toBe(false);
  });

  it('keeps the Adobe APP14 segment, which says how to read the colours', () => {
    const adobe = jpegSegment(0xee, Buffer.from('Adobe\0\x64\0\0\0\0\x01', 'latin1'));
    const sent = Buffer.concat([TINY_JPEG.subarray(0, 2), adobe, EXIF_APP1, TINY_JPEG.subarray(2)]);
    expect(stripMetadata(sent, 'image/jpeg')!.equals(Buffer.concat([TINY_JPEG.subarray(0, 2), adobe, TINY_JPEG.subarray(2)]))).toBe(true);
  });

  it('refuses a JPEG it cannot follow: cut off, or a segment longer than the file', () => {
    expect(stripMetadata(TINY_JPEG.subarray(0, TINY_JPEG.length - 2), 'image/jpeg')).toBeNull();
    expect(stripMetadata(withGpsMetadata(TINY_JPEG).subarray(0, 40), 'image/jpeg')).toBeNull();
    expect(stripMetadata(Buffer.from([0xff, 0xd8, 0xff, 0xe1, 0x10, 0x00, 0x00]), 'image/jpeg')).toBeNull();
    expect(stripMetadata(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0x12, 0x34]), 'image/jpeg')).toBeNull();
  });
});

describe('stripping metadata from a PNG', () => {
  it('drops tEXt, iTXt, eXIf and tIME chunks and bytes after IEND, and the picture still decodes', async () => {
    const original = tinyPng();
    const sent = withPngMetadata(original);
    expect(PNG.sync.read(sent).width).toBe(2); // the fixture is a valid PNG
    expect((await exifr.gps(sent)).latitude).toBeCloseTo(GPS.latitude, 6); // whose eXIf a reader finds

    const kept = stripMetadata(Buffer.concat([sent, Buffer.from('trailing home 29.5623', 'latin1')]), 'image/png')!;
    expect(kept.equals(original)).toBe(true);
    for (const text of ['tEXt', 'iTXt', 'eXIf', 'tIME', '29.5623', 'home']) expect(kept.includes(Buffer.from(text))).toBe(false);
    expect(kept.includes(LATITUDE_BYTES)).toBe(false);
    const decoded = PNG.sync.read(kept);
    expect([decoded.width, decoded.height]).toEqual([2, 2]);
  });

  it('refuses a PNG cut off before IEND', () => {
    const png = tinyPng();
    expect(stripMetadata(png.subarray(0, png.length - 12), 'image/png')).toBeNull();
    expect(stripMetadata(png.subarray(0, 30), 'image/png')).toBeNull();
  });
});

describe('stripping metadata from a WebP', () => {
  it('drops the EXIF and XMP chunks (with their padding), clears their VP8X flags and fixes the RIFF size', () => {
    const ALPHA = 0x10;
    const sent = webp({ flags: ALPHA | VP8X_EXIF | VP8X_XMP, metadata: true });
    expect(sent.includes(LATITUDE_BYTES)).toBe(true);
    const kept = stripMetadata(Buffer.concat([sent, Buffer.from('after the RIFF')]), 'image/webp')!;
    expect(kept.equals(webp({ flags: ALPHA, metadata: false }))).toBe(true);
    expect(kept.readUInt32LE(4)).toBe(kept.length - 8);
    for (const text of ['EXIF', 'XMP ', '33.738', 'after']) expect(kept.includes(Buffer.from(text))).toBe(false);
  });

  it('leaves a simple WebP as it is, and refuses one whose chunk runs past the RIFF', () => {
    const simple = Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==', 'base64');
    expect(stripMetadata(simple, 'image/webp')!.equals(simple)).toBe(true);
    const broken = Buffer.from(simple);
    broken.writeUInt32LE(100, 16);
    expect(stripMetadata(broken, 'image/webp')).toBeNull();
    const tooLong = Buffer.from(simple);
    tooLong.writeUInt32LE(1000, 4);
    expect(stripMetadata(tooLong, 'image/webp')).toBeNull();
  });
});
