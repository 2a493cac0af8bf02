import { NARRATIVE_MAX_LENGTH, narrativeParagraphs, narrativeTextProblems, normaliseNarrative } from './narrative-text';

describe('narrative text', () => {
  it('keeps paragraphs, makes line endings \\n and trims trailing spaces and blank edges', () => {
    expect(normaliseNarrative('\r\n\r\nFirst line  \r\nstill first\r\n\r\nSecond\n\n')).toBe('First line\nstill first\n\nSecond');
    expect(narrativeParagraphs('One\nline two\n\n\n  Two  \n \nThree')).toEqual(['One\nline two', 'Two', 'Three']);
  });

  it('accepts plain text up to the limit, and names what is wrong otherwise', () => {
    expect(narrativeTextProblems('Our priorities were neglect & exploitation; 3 < 5.')).toEqual([]);
    expect(narrativeTextProblems('x'.repeat(NARRATIVE_MAX_LENGTH))).toEqual([]);
    expect(narrativeTextProblems('x'.repeat(NARRATIVE_MAX_LENGTH + 1))).toEqual(['must be at most 10,000 characters (it has 10,001)']);
    expect(narrativeTextProblems(' \n\n ')).toEqual(['must not be empty: write the section, or leave the last saved version as it is']);
    expect(narrativeTextProblems('<p>Hello</p>')).toEqual([
      'must be plain text without HTML: remove "<p>" (separate paragraphs with a blank line)',
    ]);
    expect(narrativeTextProblems('Fish &amp; chips')).toHaveLength(1);
  });
});
