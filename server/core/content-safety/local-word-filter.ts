import { AhoCorasick } from './aho-corasick';
import { ContentContext, ContentSafety, ContentVerdict, UNSAFE_CONTENT_REASON } from './port';
import { BLOCKED_WORDS } from './words';

/** Content safety from a word list: the local server's check and WeChat's fallback. */
export class LocalWordFilter implements ContentSafety {
  private readonly matcher: AhoCorasick;

  constructor(words: Iterable<string> = BLOCKED_WORDS) {
    this.matcher = new AhoCorasick(words);
  }

  // The author and scene do not change what a word list says.
  async check(text: string, _context?: ContentContext): Promise<ContentVerdict> {
    return this.matcher.test(text) ? { ok: false, reason: UNSAFE_CONTENT_REASON } : { ok: true };
  }
}

let shared: LocalWordFilter | undefined;

/** One filter per process over the built-in list: the automaton is built once. */
export function localWordFilter(): LocalWordFilter {
  shared ??= new LocalWordFilter();
  return shared;
}
