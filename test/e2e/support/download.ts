import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { see } from './phone';

/** Taps `text` and returns what the browser downloaded: its suggested name and its bytes. */
export async function downloadByTapping(page: Page, text: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), see(page, text).click()]);
  const path = await download.path();
  if (!path) throw new Error(`the download after tapping ${text} failed: ${await download.failure()}`);
  const bytes = await readFile(path);
  if (process.env.E2E_SCREENSHOTS) await download.saveAs(`${process.env.E2E_SCREENSHOTS}/${download.suggestedFilename()}`);
  return { name: download.suggestedFilename(), bytes };
}

/** The width and height a PNG's header declares (after the 8-byte signature, the IHDR chunk). */
export function pngSize(bytes: Buffer): { width: number; height: number } {
  if (bytes.subarray(0, 8).toString('hex') !== '89504e470d0a1a0a') throw new Error('not a PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
