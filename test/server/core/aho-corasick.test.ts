import { AhoCorasick, normalizeText } from '../../../server/core/content-safety/aho-corasick';
import { LocalWordFilter } from '../../../server/core/content-safety/local-word-filter';
import { UNSAFE_CONTENT_REASON } from '../../../server/core/content-safety/port';
import { CIVIC_CONVENTION, RESIDENTS_CONVENTION, SHOP_PLEDGE } from '../../../server/db/seed/texts';

const words = (matches: { word: string }[]) => matches.map((m) => m.word);

describe('normalizeText', () => {
  it('folds full-width forms, lower-cases Latin and drops spaces and separators', () => {
    expect(normalizeText('ＡＢＣ　Ｄ１')).toBe('abcd1');
    expect(normalizeText('赌 博')).toBe('赌博');
    expect(normalizeText('赌*博-x_Y.z')).toBe('赌博xyz');
  });
});

describe('the Aho–Corasick matcher', () => {
  it('finds overlapping words and words inside words', () => {
    const m = new AhoCorasick(['he', 'she', 'his', 'hers']);
    expect(m.findAll('ushers')).toEqual([
      { word: 'she', start: 1, end: 4 },
      { word: 'he', start: 2, end: 4 },
      { word: 'hers', start: 2, end: 6 },
    ]);
  });

  it('finds overlapping Chinese words', () => {
    const m = new AhoCorasick(['网络赌场', '赌场', '场外']);
    expect(words(m.findAll('他开了网络赌场外围'))).toEqual(['网络赌场', '赌场', '场外']);
  });

  it('finds a word at the very end and at the very start', () => {
    const m = new AhoCorasick(['赌博']);
    expect(m.findAll('禁止赌博')).toEqual([{ word: '赌博', start: 2, end: 4 }]);
    expect(m.findAll('赌博禁止')).toEqual([{ word: '赌博', start: 0, end: 2 }]);
  });

  it('follows fail links after a partial match', () => {
    const m = new AhoCorasick(['abcd', 'bce']);
    expect(words(m.findAll('abce'))).toEqual(['bce']);
  });

  it('matches through spaces, separators, full-width and upper case', () => {
    const m = new AhoCorasick(['赌博', 'spam']);
    for (const text of ['赌 博', '赌*博', '赌.博', '赌-博', '赌_博', '赌　博', 'S P A M', 'ＳＰＡＭ']) {
      expect(m.test(text)).toBe(true);
    }
  });

  it('finds nothing with no words or an empty text', () => {
    expect(new AhoCorasick([]).findAll('赌博')).toEqual([]);
    expect(new AhoCorasick(['', '  ']).test('任何文字')).toBe(false);
    expect(new AhoCorasick(['赌博']).findAll('')).toEqual([]);
  });
});

describe('the local word filter', () => {
  const filter = new LocalWordFilter();
  const context = { openid: 'o-test', scene: 'profile' as const };

  it('lets the published civic texts through', async () => {
    for (const text of [CIVIC_CONVENTION, RESIDENTS_CONVENTION, SHOP_PLEDGE]) {
      for (const part of [text.title, text.preamble, ...text.articles, text.articles.join('\n')]) {
        expect(await filter.check(part, context)).toEqual({ ok: true });
      }
    }
  });

  it('lets ordinary names, shops and addresses through', async () => {
    for (const text of ['刘芳', '陈记早餐', '幸福路18号', '大麻烦也不怕，邻里互相帮', '王师傅修车铺']) {
      expect(await filter.check(text, context)).toEqual({ ok: true });
    }
  });

  it('refuses a listed word, disguised or not, with the Chinese reason', async () => {
    for (const text of ['赌博', '本店 代开发票', '赌*博', '代 开 发 票']) {
      expect(await filter.check(text, context)).toEqual({ ok: false, reason: UNSAFE_CONTENT_REASON });
    }
  });
});
