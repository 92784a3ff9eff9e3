/**
 * Photos with metadata, built by hand for the strip-metadata tests (not a test
 * file itself): a real baseline JPEG with an Exif segment carrying a GPS
 * position, a PNG with text chunks, a WebP with EXIF and XMP chunks.
 */
import { crc32 } from 'node:zlib';
import { PNG } from 'pngjs';
import { TINY_JPEG as TINY_JPEG_BASE64 } from '../modules/reports/report-fixtures';

/** The reports tests' 1×1 grey baseline JPEG: SOI, APP0 (JFIF), DQT, SOF0, DHT ×2, SOS, EOI. */
export const TINY_JPEG = Buffer.from(TINY_JPEG_BASE64, 'base64');

/** Where the photo "was taken": 29°33'44.28"N 106°33'4.32"E, as the rationals a phone writes. */
export const GPS = { latitude: 29 + 33 / 60 + 44.28 / 3600, longitude: 106 + 33 / 60 + 4.32 / 3600 };
const LATITUDE_RATIONALS = [29, 1, 33, 1, 4428, 100];
const LONGITUDE_RATIONALS = [106, 1, 33, 1, 432, 100];

/** The 24 bytes of GPSLatitude as they sit in the file: finding them means the position is still there. */
export const LATITUDE_BYTES = rationals(LATITUDE_RATIONALS);

function rationals(values: number[]): Buffer {
  const out = Buffer.alloc(values.length * 4);
  values.forEach((v, i) => out.writeUInt32BE(v, i * 4));
  return out;
}

/**
 * A TIFF structure (big-endian) as Exif carries it: IFD0 with Make and a
 * pointer to a GPS IFD holding GPSVersionID, GPSLatitudeRef/GPSLatitude and
 * GPSLongitudeRef/GPSLongitude.
 */
export function exifTiff(): Buffer {
  const ifd0At = 8;
  const ifd0Entries = 2;
  const gpsAt = ifd0At + 2 + ifd0Entries * 12 + 4; // 34
  const gpsEntries = 5;
  const latAt = gpsAt + 2 + gpsEntries * 12 + 4; // 100
  const lonAt = latAt + 24;
  const makeAt = lonAt + 24;
  const make = Buffer.from('PhoneCo\0', 'latin1');
  const tiff = Buffer.alloc(makeAt + make.length);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(ifd0At, 4);
  const entry = (at: number, tag: number, type: number, count: number, value: (at: number) => void) => {
    tiff.writeUInt16BE(tag, at);
    tiff.writeUInt16BE(type, at + 2);
    tiff.writeUInt32BE(count, at + 4);
    value(at + 8);
  };
  tiff.writeUInt16BE(ifd0Entries, ifd0At);
  entry(ifd0At + 2, 0x010f, 2, make.length, (v) => tiff.writeUInt32BE(makeAt, v)); // Make
  entry(ifd0At + 14, 0x8825, 4, 1, (v) => tiff.writeUInt32BE(gpsAt, v)); // GPSInfo IFD pointer
  tiff.writeUInt32BE(0, ifd0At + 2 + ifd0Entries * 12);
  tiff.writeUInt16BE(gpsEntries, gpsAt);
  entry(gpsAt + 2, 0x0000, 1, 4, (v) => Buffer.from([2, 3, 0, 0]).copy(tiff, v)); // GPSVersionID
  entry(gpsAt + 14, 0x0001, 2, 2, (v) => tiff.write('N\0', v, 'latin1')); // GPSLatitudeRef
  entry(gpsAt + 26, 0x0002, 5, 3, (v) => tiff.writeUInt32BE(latAt, v)); // GPSLatitude
  entry(gpsAt + 38, 0x0003, 2, 2, (v) => tiff.write('E\0', v, 'latin1')); // GPSLongitudeRef
  entry(gpsAt + 50, 0x0004, 5, 3, (v) => tiff.writeUInt32BE(lonAt, v)); // GPSLongitude
  tiff.writeUInt32BE(0, gpsAt + 2 + gpsEntries * 12);
  LATITUDE_BYTES.copy(tiff, latAt);
  rationals(LONGITUDE_RATIONALS).copy(tiff, lonAt);
  make.copy(tiff, makeAt);
  return tiff;
}

/** A JPEG segment: marker, big-endian length (which counts itself), payload. */
export function jpegSegment(marker: number, payload: Buffer): Buffer {
  const head = Buffer.alloc(4);
  head.writeUInt16BE(0xff00 | marker, 0);
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

export const EXIF_APP1 = jpegSegment(0xe1, Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), exifTiff()]));
export const XMP_APP1 = jpegSegment(
  0xe1,
  Buffer.from('http://ns.adobe.com/xap/1.0/\0<x:xmpmeta><rdf:Description exif:GPSLatitude="29,33.738N"/></x:xmpmeta>', 'latin1'),
);
export const COMMENT = jpegSegment(0xfe, Buffer.from('taken at home, 幸福里3栋', 'utf8'));

/**
 * `jpeg` as a phone would send it: after its JFIF APP0, an
 * Exif APP1 with the GPS position, an XMP APP1 and a comment; and after EOI a
 * second picture with its own Exif (as MPF depth maps and gain maps are).
 */
export function withGpsMetadata(jpeg: Buffer): Buffer {
  if (jpeg.readUInt16BE(2) !== 0xffe0) throw new Error('expected a JFIF JPEG');
  const afterApp0 = 4 + jpeg.readUInt16BE(4);
  const appended = Buffer.concat([jpeg.subarray(0, 2), EXIF_APP1, jpeg.subarray(2)]);
  return Buffer.concat([jpeg.subarray(0, afterApp0), EXIF_APP1, XMP_APP1, COMMENT, jpeg.subarray(afterApp0), appended]);
}

/** The markers of a JPEG, in order, up to EOI (entropy-coded data skipped): its structure. */
export function jpegMarkers(jpeg: Buffer): string[] {
  const names: Record<number, string> = { 0xd8: 'SOI', 0xe0: 'APP0', 0xe1: 'APP1', 0xdb: 'DQT', 0xc0: 'SOF0', 0xc2: 'SOF2', 0xc4: 'DHT', 0xda: 'SOS', 0xd9: 'EOI', 0xfe: 'COM', 0xdd: 'DRI' };
  const out: string[] = ['SOI'];
  let pos = 2;
  while (pos < jpeg.length) {
    if (jpeg[pos] !== 0xff) throw new Error(`no marker at ${pos}`);
    const marker = jpeg[pos + 1];
    out.push(names[marker] ?? marker.toString(16));
    if (marker === 0xd9) return out;
    pos += 2 + jpeg.readUInt16BE(pos + 2);
    if (marker === 0xda) {
      while (!(jpeg[pos] === 0xff && jpeg[pos + 1] !== 0 && !(jpeg[pos + 1] >= 0xd0 && jpeg[pos + 1] <= 0xd7))) pos++;
    }
  }
  throw new Error('no EOI');
}

// ---------- PNG ----------

export function pngChunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A real 2×2 PNG (pngjs encodes it). */
export function tinyPng(): Buffer {
  const png = new PNG({ width: 2, height: 2 });
  png.data.fill(0x80);
  return PNG.sync.write(png);
}

/** `png` with, after IHDR, text chunks naming a place, an eXIf chunk with the GPS position and a tIME chunk. */
export function withPngMetadata(png: Buffer): Buffer {
  const afterIhdr = 8 + 12 + png.readUInt32BE(8);
  const text = pngChunk('tEXt', Buffer.from('Comment\0home: 29.5623,106.5512', 'latin1'));
  const itxt = pngChunk('iTXt', Buffer.concat([Buffer.from('Description\0\0\0\0\0', 'latin1'), Buffer.from('幸福里3栋家里', 'utf8')]));
  const exif = pngChunk('eXIf', exifTiff());
  const time = pngChunk('tIME', Buffer.from([0x07, 0xe9, 3, 3, 12, 0, 0]));
  return Buffer.concat([png.subarray(0, afterIhdr), text, itxt, exif, time, png.subarray(afterIhdr)]);
}

// ---------- WebP ----------

/** A 1×1 lossless WebP's VP8L chunk. */
const VP8L = Buffer.from('UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==', 'base64').subarray(12);

function riffChunk(fourcc: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.write(fourcc, 0, 'latin1');
  head.writeUInt32LE(data.length, 4);
  return Buffer.concat([head, data, data.length % 2 ? Buffer.alloc(1) : Buffer.alloc(0)]);
}

function riff(chunks: Buffer[]): Buffer {
  const body = Buffer.concat(chunks);
  const head = Buffer.alloc(12);
  head.write('RIFF', 0, 'latin1');
  head.writeUInt32LE(4 + body.length, 4);
  head.write('WEBP', 8, 'latin1');
  return Buffer.concat([head, body]);
}

/** An extended WebP: VP8X (its flags as given; canvas 1×1), the image, and optionally EXIF and XMP chunks. */
export function webp(options: { flags: number; metadata: boolean }): Buffer {
  const vp8x = Buffer.alloc(10); // flags, 3 reserved bytes, canvas width-1 and height-1 (24 bits each)
  vp8x[0] = options.flags;
  const chunks = [riffChunk('VP8X', vp8x), VP8L];
  // An odd-sized XMP chunk: its padding byte must go with it.
  if (options.metadata) chunks.push(riffChunk('EXIF', exifTiff()), riffChunk('XMP ', Buffer.from('<x:xmpmeta>29,33.738N</x:xmpmeta>', 'latin1')));
  return riff(chunks);
}
export const VP8X_EXIF = 0x08;
export const VP8X_XMP = 0x04;
