import { z } from 'zod';
import { AppError } from '../../../server/core/errors';
import { textField } from '../../../server/core/fields';
import { parseInput } from '../../../server/core/validation';

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
