import { pledgeStatus } from '../../../../server/modules/conventions/domain/pledge-status';

describe('whether a person has signed a convention', () => {
  it('has signed when they signed the current version', () => {
    expect(pledgeStatus(2, [1, 2])).toBe('signed');
  });
  it('is asked to sign again when they signed only an older version', () => {
    expect(pledgeStatus(3, [1, 2])).toBe('resign');
  });
  it('has not signed when they never signed', () => {
    expect(pledgeStatus(1, [])).toBe('unsigned');
  });
});
