import { z } from 'zod';
import { AppError } from '../../../server/core/errors';
import { textField } from '../../../server/core/fields';
import { parseInput } from '../../../server/core/validation';
import { BROKEN_CHARACTER_MESSAGE, NUL_MESSAGE } from '../../../server/core/raw-input';

const schema = z.object({ title: textField(5), count: z.number().int() }).strict();

function issuesFrom(input: unknown) {
  try {
    parseInput(schema, input);
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return { code: (error as AppError).code, details: (error as AppError).details ?? [] };
  }
  throw new Error('expected a validation error');
}

describe('input validation', () => {
  it('names each wrong field in Chinese', () => {
    const { code, details } = issuesFrom({ title: '一二三四五六', count: 'x' });
    expect(code).toBe('VALIDATION');
    expect(details).toEqual(
      expect.arrayContaining([
        { field: 'title', message: '不能超过5个字' },
        { field: 'count', message: '格式不对' },
      ]),
    );
  });

  it('reports a missing field as required', () => {
    expect(issuesFrom({ title: '好' }).details).toEqual([{ field: 'count', message: '这一项必须填写' }]);
  });

  it('refuses fields the action does not know, such as a user id', () => {
    expect(issuesFrom({ title: '好', count: 1, userId: 'x' }).details[0].message).toContain('userId');
  });

  it('trims text and returns typed values', () => {
    expect(parseInput(schema, { title: '  好  ', count: 2 })).toEqual({ title: '好', count: 2 });
  });
});

describe('text no database would store', () => {
  it('refuses a NUL inside a name as a VALIDATION error naming the field', () => {
    const { code, details } = issuesFrom({ title: '张\u0000秀兰', count: 1 });
    expect(code).toBe('VALIDATION');
    expect(details).toEqual([{ field: 'title', message: NUL_MESSAGE }]);
  });

  it('refuses a lone surrogate left by an emoji cut in half, also deep inside lists', () => {
    const nested = z.object({ answers: z.array(z.object({ text: z.string() })) });
    const cut = '好😀'.slice(0, 2);
    expect(() => parseInput(nested, { answers: [{ text: 'ok' }, { text: cut }] })).toThrow(AppError);
    try {
      parseInput(nested, { answers: [{ text: 'ok' }, { text: cut }] });
    } catch (error) {
      expect((error as AppError).details).toEqual([{ field: 'answers.1.text', message: BROKEN_CHARACTER_MESSAGE }]);
    }
    expect(parseInput(nested, { answers: [{ text: '好😀' }] })).toEqual({ answers: [{ text: '好😀' }] });
  });

  it('drops stray control characters a person pasted without meaning to, keeping line breaks', () => {
    expect(parseInput(z.object({ note: z.string() }), { note: '第一行\u0007\r\n第二行\u001b\t完' })).toEqual({ note: '第一行\r\n第二行\t完' });
  });

  it('refuses prototype keys and nesting deeper than any action takes', () => {
    const loose = z.object({}).passthrough();
    expect(() => parseInput(loose, JSON.parse('{"__proto__": {"isAdmin": true}}'))).toThrow(AppError);
    expect(() => parseInput(loose, { constructor: { prototype: {} } })).toThrow(AppError);
    let deep: unknown = 'x';
    for (let i = 0; i < 100; i += 1) deep = [deep];
    expect(() => parseInput(z.unknown(), { deep })).toThrow(AppError);
  });
});
