/**
 * WeChat's 小程序码: an image WeChat's own camera (扫一扫) opens straight into
 * a page of the mini-program, with a short `scene` (≤ 32 characters) the page
 * reads from its launch options. Only WeChat can draw one, so it is a port:
 * the cloud functions ask wx-server-sdk, tests use a stand-in, and the local
 * server (the H5 app) has none — there the page shows a QR of the path.
 */
export interface MiniProgramCodes {
  /** A PNG of the 小程序码 that opens `page` (no leading slash, no query) with `scene`; rejects when WeChat refuses. */
  unlimited(request: { scene: string; page: string }): Promise<Buffer>;
}

/** What WeChat allows in a scene: at most 32 of these characters. */
export const SCENE_PATTERN = /^[0-9A-Za-z!#$&'()*+,/:;=?@\-._~]{1,32}$/;
