import type { ImageType } from './port';

/**
 * Removes what a photo says besides its pixels: where it was taken (EXIF GPS),
 * which phone took it, when, comments and editing history. Photos of a report
 * are shown to other residents and staff; the reporter's home must not come
 * with them. The phone usually re-encodes the picture before the upload (and
 * so drops this already), but any client can call files.upload, so the server
 * does it again, whatever came in.
 *
 * Only containers are rewritten; compressed image data is copied byte for
 * byte (no decoding, no quality loss, no native library). Returns null when
 * the file is not well formed: what cannot be parsed cannot be known to be
 * clean, so it is refused rather than stored as it came.
 */
export function stripMetadata(bytes: Buffer, type: ImageType): Buffer | null {
  if (type === 'image/jpeg') return stripJpeg(bytes);
  if (type === 'image/png') return stripPng(bytes);
  return stripWebp(bytes);
}

// ---------- JPEG ----------

const APP0_JFIF = 0xe0;
const APP14_ADOBE = 0xee;
const SOS = 0xda;
const EOI = 0xd9;

/**
 * JFIF (APP0) and Adobe (APP14) say how to read the colours; every other
 * APPn is metadata (APP1 Exif/XMP with GPS, APP2 ICC/MPF, APP13 Photoshop
 * IPTC, makers' own), and COM is free text.
 */
function keepJpegSegment(marker: number): boolean {
  if (marker >= 0xe0 && marker <= 0xef) return marker === APP0_JFIF || marker === APP14_ADOBE;
  return marker !== 0xfe; // COM
}

/** Markers that stand alone, with no length: SOI, EOI, RSTn, TEM. */
function standalone(marker: number): boolean {
  return marker === 0xd8 || marker === EOI || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01;
}

function stripJpeg(bytes: Buffer): Buffer | null {
  const parts: Buffer[] = [bytes.subarray(0, 2)]; // SOI
  let pos = 2;
  while (pos + 1 < bytes.length) {
    if (bytes[pos] !== 0xff) return null;
    let markerAt = pos;
    while (markerAt + 1 < bytes.length && bytes[markerAt + 1] === 0xff) markerAt++; // fill bytes before a marker
    const marker = bytes[markerAt + 1];
    if (marker === EOI) {
      // Whatever follows the image is dropped: phones append more pictures
      // there (MPF depth maps, HDR gain maps, motion-photo videos), each
      // with its own Exif and GPS.
      parts.push(bytes.subarray(markerAt, markerAt + 2));
      return Buffer.concat(parts);
    }
    if (standalone(marker)) {
      parts.push(bytes.subarray(markerAt, markerAt + 2));
      pos = markerAt + 2;
      continue;
    }
    if (markerAt + 4 > bytes.length) return null;
    const end = markerAt + 2 + bytes.readUInt16BE(markerAt + 2);
    if (end > bytes.length) return null;
    if (keepJpegSegment(marker)) parts.push(bytes.subarray(markerAt, end));
    pos = end;
    if (marker === SOS) {
      // Entropy-coded data: runs to the next marker that is neither a stuffed
      // 0xFF00 nor a restart. A progressive JPEG has several scans, with
      // tables (and possibly more APPn) between them, so the loop goes on.
      const dataEnd = entropyEnd(bytes, pos);
      parts.push(bytes.subarray(pos, dataEnd));
      pos = dataEnd;
    }
  }
  return null; // no EOI: a cut-off file
}

/** Where the next marker starts (with its fill bytes) after entropy-coded data from `from`. */
function entropyEnd(bytes: Buffer, from: number): number {
  let at = bytes.indexOf(0xff, from);
  while (at !== -1) {
    let next = at + 1;
    while (bytes[next] === 0xff) next++;
    if (next >= bytes.length) break;
    const code = bytes[next];
    if (code !== 0x00 && !(code >= 0xd0 && code <= 0xd7)) return at;
    at = bytes.indexOf(0xff, next + 1);
  }
  return bytes.length;
}

// ---------- PNG ----------

const PNG_SIGNATURE_LENGTH = 8;
/** Text (often an editor's or a camera app's notes), Exif (GPS), and the time the picture was last changed. */
const PNG_METADATA = new Set(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME']);

function stripPng(bytes: Buffer): Buffer | null {
  const parts: Buffer[] = [bytes.subarray(0, PNG_SIGNATURE_LENGTH)];
  let pos = PNG_SIGNATURE_LENGTH;
  while (pos + 12 <= bytes.length) {
    const end = pos + 12 + bytes.readUInt32BE(pos); // length, type, data, CRC
    if (end > bytes.length) return null;
    const type = bytes.toString('latin1', pos + 4, pos + 8);
    if (!PNG_METADATA.has(type)) parts.push(bytes.subarray(pos, end));
    pos = end;
    if (type === 'IEND') return Buffer.concat(parts); // anything after IEND is not part of the image
  }
  return null;
}

// ---------- WebP ----------

const WEBP_METADATA = new Set(['EXIF', 'XMP ']);
/** VP8X flag bits that announce EXIF and XMP chunks; a reader may look for them if left set. */
const VP8X_EXIF_FLAG = 0x08;
const VP8X_XMP_FLAG = 0x04;

function stripWebp(bytes: Buffer): Buffer | null {
  const riffEnd = 8 + bytes.readUInt32LE(4);
  if (riffEnd > bytes.length) return null;
  const chunks: Buffer[] = [];
  let pos = 12; // "RIFF", size, "WEBP"
  while (pos + 8 <= riffEnd) {
    const size = bytes.readUInt32LE(pos + 4);
    const end = pos + 8 + size + (size & 1); // chunks are padded to an even length
    if (end > riffEnd) return null;
    const fourcc = bytes.toString('latin1', pos, pos + 4);
    if (fourcc === 'VP8X' && size >= 1) {
      const vp8x = Buffer.from(bytes.subarray(pos, end));
      vp8x[8] &= ~(VP8X_EXIF_FLAG | VP8X_XMP_FLAG);
      chunks.push(vp8x);
    } else if (!WEBP_METADATA.has(fourcc)) {
      chunks.push(bytes.subarray(pos, end));
    }
    pos = end;
  }
  if (pos !== riffEnd || chunks.length === 0) return null;
  const header = Buffer.from(bytes.subarray(0, 12));
  const body = Buffer.concat(chunks);
  // The RIFF size counts "WEBP" and the chunks; bytes past it are dropped.
  header.writeUInt32LE(4 + body.length, 4);
  return Buffer.concat([header, body]);
}
