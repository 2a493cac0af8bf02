import { describe, expect, it } from '@jest/globals';
import { readableStandards } from './readable';

describe(readableStandards.name, () => {
  it("names a standard in words and leaves other hyphenated words alone", () => {
    expect(readableStandards('this agency already has an assessment (S-1) of standard staff-training in this audit')).toBe(
      'this agency already has an assessment (S-1) of standard Staff training in this audit',
    );
    expect(readableStandards('is a multi-agency-case audit')).toBe('is a multi-agency-case audit');
  });
});
