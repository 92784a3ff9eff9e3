/**
 * A small Aho–Corasick matcher: built once from a word list, then every word
 * occurring in a text is found in one pass. Words and text are normalised the
 * same way first, so "赌 博", "赌*博" and full-width "ＡＢＣ" still match.
 */

export interface Match {
  word: string;
  /** Where the word starts and ends (exclusive), in characters of the normalised text. */
  start: number;
  end: number;
}

/** Separators people put between characters to slip past a filter; removed before matching. */
const SEPARATORS = new Set([...' \t\r\n\u00a0*.-_·•|/\\~^`\'"']);

/** Full-width → half-width, Latin lower-cased, spaces and common separators removed. */
export function normalizeText(text: string): string {
  let out = '';
  for (const ch of text) {
    let code = ch.codePointAt(0)!;
    if (code === 0x3000) code = 0x20;
    else if (code >= 0xff01 && code <= 0xff5e) code -= 0xfee0;
    const c = String.fromCodePoint(code).toLowerCase();
    if (!SEPARATORS.has(c)) out += c;
  }
  return out;
}

interface Node {
  next: Map<string, number>;
  fail: number;
  /** Words ending at this node, including those reached through fail links. */
  output: string[];
  depth: number;
}

export class AhoCorasick {
  private readonly nodes: Node[] = [{ next: new Map(), fail: 0, output: [], depth: 0 }];

  constructor(words: Iterable<string>) {
    for (const raw of words) {
      const word = normalizeText(raw);
      if (word.length === 0) continue;
      let at = 0;
      for (const ch of word) {
        let child = this.nodes[at].next.get(ch);
        if (child === undefined) {
          child = this.nodes.length;
          this.nodes.push({ next: new Map(), fail: 0, output: [], depth: this.nodes[at].depth + 1 });
          this.nodes[at].next.set(ch, child);
        }
        at = child;
      }
      if (!this.nodes[at].output.includes(word)) this.nodes[at].output.push(word);
    }
    this.link();
  }

  /** Breadth-first: each node's fail link is the longest proper suffix that is also a prefix. */
  private link(): void {
    const queue: number[] = [];
    for (const child of this.nodes[0].next.values()) queue.push(child);
    for (let i = 0; i < queue.length; i++) {
      const at = queue[i];
      for (const [ch, child] of this.nodes[at].next) {
        let f = this.nodes[at].fail;
        while (f !== 0 && !this.nodes[f].next.has(ch)) f = this.nodes[f].fail;
        const target = this.nodes[f].next.get(ch);
        this.nodes[child].fail = target !== undefined && target !== child ? target : 0;
        this.nodes[child].output.push(...this.nodes[this.nodes[child].fail].output);
        queue.push(child);
      }
    }
  }

  /** Every occurrence of every word in the normalised text, overlapping ones included, in order of their end. */
  findAll(text: string): Match[] {
    const chars = [...normalizeText(text)];
    const matches: Match[] = [];
    let at = 0;
    chars.forEach((ch, i) => {
      while (at !== 0 && !this.nodes[at].next.has(ch)) at = this.nodes[at].fail;
      at = this.nodes[at].next.get(ch) ?? 0;
      for (const word of this.nodes[at].output) {
        const length = [...word].length;
        matches.push({ word, start: i + 1 - length, end: i + 1 });
      }
    });
    return matches;
  }

  /** Whether any word occurs; stops at the first. */
  test(text: string): boolean {
    let at = 0;
    for (const ch of normalizeText(text)) {
      while (at !== 0 && !this.nodes[at].next.has(ch)) at = this.nodes[at].fail;
      at = this.nodes[at].next.get(ch) ?? 0;
      if (this.nodes[at].output.length > 0) return true;
    }
    return false;
  }
}
