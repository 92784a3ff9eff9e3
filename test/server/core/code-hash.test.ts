import { createHash } from 'node:crypto';
import { hashOneTimeCode } from '../../../server/core/code-hash';

const key = (k: string) => ({ oneTimeCodes: k.repeat(32), development: false });

describe('what is stored of a one-time code', () => {
  it('is keyed: not the code\'s plain hash (which trying all 10⁶ codes would undo), and another key gives another hash', () => {
    const stored = hashOneTimeCode(key('a'), '123456');
    expect(stored).not.toBe(createHash('sha256').update('123456').digest('hex'));
    expect(stored).not.toContain('123456');
    expect(hashOneTimeCode(key('b'), '123456')).not.toBe(stored);
  });

  it('ignores spaces around the code and letter case, as a person types it', () => {
    expect(hashOneTimeCode(key('a'), ' abcd2345 ')).toBe(hashOneTimeCode(key('a'), 'ABCD2345'));
  });

  it('needs ONE_TIME_CODE_KEY outside development, and uses the published development key only there', () => {
    expect(() => hashOneTimeCode({ development: false }, '123456')).toThrow('ONE_TIME_CODE_KEY is not set');
    expect(hashOneTimeCode({ development: true }, '123456')).toMatch(/^[0-9a-f]{64}$/);
  });
});
