/** The image types a photo may be; anything else is refused by content, whatever its name says. */
export type ImageType = 'image/jpeg' | 'image/png' | 'image/webp';

/**
 * Where photos live: WeChat cloud storage in the cloud functions (the ref is a
 * `cloud://` fileID), a folder served by the local server elsewhere (the ref
 * is `/files/<name>`). Refs are unguessable; who may attach one is recorded
 * in the uploads table, not here.
 */
export interface FileStore {
  save(file: { name: string; bytes: Buffer; contentType: ImageType }): Promise<string>;
  /**
   * Removes a photo this store saved (by the ref `save` returned). A photo
   * already gone is not an error: the clean-up may be run again after a crash.
   */
  remove(ref: string): Promise<void>;
  /**
   * A file the mini-program put in the store itself (a spreadsheet too big
   * to send in a call): its bytes by ref. Only WeChat cloud storage has such
   * files; elsewhere the file comes in the call.
   */
  readIncoming?(ref: string): Promise<Buffer>;
  /** Removes such a file once it has been read into the database (an imported spreadsheet is not kept). */
  removeIncoming?(ref: string): Promise<void>;
}
