import { describe, expect, it } from '@jest/globals';
import { named } from '../labels';
import { readableStandards } from './readable';

describe(readableStandards.name, () => {
  it("names a standard in words and leaves other hyphenated words alone", () => {
    const readable = readableStandards([{ code: 'training-and-supervision', title: 'Training and supervision' }]);
    expect(readable('this agency already has an assessment (S-1) of standard training-and-supervision in this audit')).toBe(
      'this agency already has an assessment (S-1) of standard Training and supervision in this audit',
    );
    expect(readable('is a multi-agency-case audit')).toBe('is a multi-agency-case audit');
  });
});

describe(named.name, () => {
  it('names a record by its own reference, not by one the API made up', () => {
    expect(named('Case', 'C-12')).toBe('Case C-12');
    expect(named('Case', '0f44b05c-7379-474f-be2f-6acddf1aec3b')).toBe('Case');
  });
});
