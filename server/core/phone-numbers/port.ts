/**
 * WeChat's phone-number button: the mini-program gets a one-time `code` (never
 * the number) and the server exchanges it with WeChat for the number the person
 * chose to share. A port, so that tests and the local server use a stand-in.
 */
export interface PhoneNumbers {
  /** The number behind a one-time code; rejects when WeChat refuses the code (used, expired, forged). */
  exchange(code: string): Promise<string>;
}
