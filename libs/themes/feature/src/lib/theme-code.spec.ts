import { describe, expect, it } from '@jest/globals';
import { codeFromName } from './theme-code';

describe('codeFromName', () => {
  it.each([
    ['Cost of living & debt', 'cost-of-living-debt'],
    ['  Neglect  ', 'neglect'],
    ['Children’s mental health', 'children-s-mental-health'],
    ['Café culture', 'cafe-culture'],
    ['!!!', ''],
  ])('%p → %p', (name, code) => expect(codeFromName(name)).toBe(code));

  it('keeps a code to 60 characters without a trailing hyphen', () => {
    const code = codeFromName(`${'a'.repeat(59)} b`);
    expect(code).toBe('a'.repeat(59));
  });
});
