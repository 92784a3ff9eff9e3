import { TINY_JPEG } from '../../server/modules/reports/report-fixtures';

/** What wx.getFileSystemManager().readFile answers for a picked photo: a real (1×1) JPEG in base64, as the server reads types from bytes. */
export const TINY_JPEG_BASE64 = TINY_JPEG;
