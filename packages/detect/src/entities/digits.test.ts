import { describe, expect, it } from 'vitest';
import { digitValue, toAsciiDigits } from './digits.ts';

describe(toAsciiDigits.name, () => {
  const cases: Array<[string, string, string]> = [
    ['leaves ASCII text unchanged', 'call 012 345 678', 'call 012 345 678'],
    ['maps Khmer digits', 'លេខ ០១២ ៣៤៥ ៦៧៨', 'លេខ 012 345 678'],
    ['maps Thai digits', 'โทร ๐๘๑-๒๓๔-๕๖๗๘', 'โทร 081-234-5678'],
    ['maps Lao digits', '໐໒໐ ໕໕໕໕', '020 5555'],
    ['maps Burmese digits', '၀၉ ၄၅၀', '09 450'],
    ['maps fullwidth digits', '１２３', '123'],
  ];
  for (const [what, input, expected] of cases) {
    it(`${what} when given ${JSON.stringify(input)}`, () => {
      const out = toAsciiDigits(input);
      expect(out).toBe(expected);
      expect(out.length).toBe(input.length);
    });
  }
});

describe(digitValue.name, () => {
  it('returns -1 when the code unit is not a digit', () => {
    expect(digitValue('a'.charCodeAt(0))).toBe(-1);
    expect(digitValue('៩'.charCodeAt(0))).toBe(9);
  });
});
