/** Where text that other people will see is shown: WeChat's msgSecCheck scenes. */
export type ContentScene = 'profile' | 'comment' | 'forum' | 'social';

export interface ContentContext {
  /** The author; WeChat weighs the check by who wrote it. */
  openid: string;
  scene: ContentScene;
}

export type ContentVerdict = { ok: true } | { ok: false; reason: string };

/**
 * Content safety for public text. WeChat's msgSecCheck in the cloud functions,
 * a local sensitive-word filter in the local server and the tests.
 */
export interface ContentSafety {
  check(text: string, context: ContentContext): Promise<ContentVerdict>;
}

/** What a person reads when their text is refused. */
export const UNSAFE_CONTENT_REASON = '内容含有不适宜公开的词语，请修改后再提交';
