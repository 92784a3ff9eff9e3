import type { Topic } from './topics';

export interface PushMessage {
  openid: string;
  topic: Topic;
  title: string;
  body: string;
  /** The mini-program page the message opens. */
  page: string | null;
  at: Date;
}

/**
 * WeChat subscribe messages. The cloud functions send them; the local server
 * has none (the inbox is where its messages live), so the push job does not run there.
 */
export interface SubscribeMessenger {
  /** The template id of each topic the county has configured: the mini-program asks for these. */
  templates(): Partial<Record<Topic, string>>;
  send(message: PushMessage): Promise<void>;
}
