import { createHash } from 'node:crypto';
import { developmentKey, secretKey } from '../../../server/core/secret-key';

const spec = { name: 'SOME_KEY', minLength: 32, purpose: 'some purpose', withoutIt: 'nothing can be signed' };

describe('a secret key of the deployment', () => {
  it('is the variable\'s value when it is set, trimmed, development or not', () => {
    for (const development of [true, false]) {
      expect(secretKey({ ...spec, value: `  ${'k'.repeat(32)}\n`, development })).toEqual({ kind: 'set', raw: 'k'.repeat(32) });
    }
  });

  it('refuses a value shorter than its minimum, naming the variable', () => {
    expect(() => secretKey({ ...spec, value: 'k'.repeat(31), development: true })).toThrow('SOME_KEY must be at least 32 characters');
    expect(() => secretKey({ ...spec, value: 'short', form: '32 bytes', development: true })).toThrow('SOME_KEY must be 32 bytes');
  });

  it('falls back to the published development key only in development', () => {
    for (const value of [undefined, '', '   ']) {
      expect(secretKey({ ...spec, value, development: true })).toEqual({ kind: 'development', bytes: developmentKey('some purpose') });
      expect(() => secretKey({ ...spec, value, development: false })).toThrow('SOME_KEY is not set: nothing can be signed (README: Deploying the cloud functions)');
    }
  });

  it('keeps the development keys the modules signed and sealed under before (held answers still open)', () => {
    const old = (text: string) => createHash('sha256').update(text).digest();
    expect(developmentKey('mall pickup codes')).toEqual(old('文明共建 mall pickup codes: development key, not a secret'));
    expect(developmentKey('questionnaire seal')).toEqual(old('文明共建 questionnaire seal: development key, not a secret'));
    expect(developmentKey('a')).not.toEqual(developmentKey('b'));
  });
});
