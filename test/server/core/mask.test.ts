import { maskName, maskPhone } from '../../../server/core/mask';

describe('masking for public view', () => {
  it('keeps only the family name', () => {
    expect(maskName('王小明')).toBe('王**');
    expect(maskName('李娜')).toBe('李*');
    expect(maskName('欧阳建国华')).toBe('欧**');
  });

  it('keeps the first three and last four digits of a phone', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('123')).toBe('****');
  });
});
